<#ftl output_format="HTML" strip_whitespace=true>
<#-- The results of a quiz attempt: the score, then each question marked, with the feedback on each answer chosen. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/quiz.ftl" as quizForm>
<@layout.page title="Your quiz results" listen=true>
<h1>Your quiz results</h1>
<div class="result-summary" id="result-summary" tabindex="-1">
<p class="result-summary__score">You got <strong>${result.score} out of ${result.max}</strong> right.</p>
<p>${quiz.title}</p>
</div>
<@quizForm.marked result/>
<p><a class="button" href="${quiz.lessonUrl}#quiz">Try again</a></p>
</@layout.page>
