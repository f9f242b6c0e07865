<#ftl output_format="HTML" strip_whitespace=true>
<#-- A quiz shown again by the service: after a problem with the answers (kept), or when the quiz has changed. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/quiz.ftl" as quizForm>
<@layout.page title=quiz.title listen=true>
<h1>${quiz.title}</h1>
<p><a href="${quiz.lessonUrl}">Back to the lesson</a></p>
<@quizForm.form quiz=quiz academies=trust.academies errors=errors answers=answers academy=academy classCode=classCode stage=stage notice=notice/>
</@layout.page>
