<#ftl output_format="HTML" strip_whitespace=true>
<#-- The training quiz marked: passed or not, the record made, then each question with its feedback. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/quiz.ftl" as quizForm>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Your training result">
<@s.bar staff/>
<h1>Your training result</h1>
<div class="result-summary" id="result-summary">
<p class="result-summary__score">You got <strong>${result.score} out of ${result.max}</strong> right.</p>
<#if completion.passed>
<p id="training-outcome"><strong>You passed.</strong> Your training is recorded as current until the refresher is due in ${refresher}.</p>
<#else>
<p id="training-outcome"><strong>This is below the pass mark of ${passMark}%.</strong> Your attempt is recorded, but your training is not current. Read the feedback below and the course pages, then <a href="/staff/training/quiz">take the quiz again</a>.</p>
</#if>
<p><a href="/staff/training/records/${completion.id}">Your record of this completion</a></p>
</div>
<@quizForm.marked result/>
<p><a class="button button--secondary" href="/staff/training">Back to training</a></p>
</@layout.page>
