<#ftl output_format="HTML" strip_whitespace=true>
<#-- The training quiz as a plain form (no JavaScript): the same questions as the quiz file, marked by the same code as the lesson quizzes. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as forms>
<#import "/macros/quiz.ftl" as quizForm>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Training quiz">
<@s.bar staff/>
<h1>${course.title}</h1>
<p>Answer every question, then submit. You pass with ${passMark}% right. Your score and the date are recorded against your name; your answers are not kept. <a href="/staff/training">Back to the course</a></p>
<form class="quiz" id="training-quiz" method="post" action="/staff/training/quiz" novalidate>
<@forms.errorSummary errors=errors hrefs=quizForm.errorLinks(quiz)/>
<#if notice?has_content><p class="notice">${notice}</p></#if>
<input type="hidden" name="csrf" value="${staff.csrf}">
<input type="hidden" name="version" value="${course.version}">
<@quizForm.questions quiz=quiz errors=errors answers=answers/>
<button class="button" type="submit">Submit my answers</button>
</form>
</@layout.page>
