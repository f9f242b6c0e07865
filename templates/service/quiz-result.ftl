<#ftl output_format="HTML" strip_whitespace=true>
<#-- The results of a quiz attempt: the score, then each question marked, with the feedback on each answer chosen. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Your quiz results">
<h1>Your quiz results</h1>
<div class="result-summary" id="result-summary" tabindex="-1">
<p class="result-summary__score">You got <strong>${result.score} out of ${result.max}</strong> right.</p>
<p>${quiz.title}</p>
</div>
<ol class="marked-questions">
<#list result.questions as question>
<li class="marked-question marked-question--<#if question.correct>right<#else>wrong</#if>">
<h2 class="marked-question__text">${question.text}</h2>
<p class="marked-question__mark"><#if question.correct>Right<#else>Not quite</#if></p>
<ul class="marked-question__chosen">
<#list question.chosen as chosen>
<li>You chose “${chosen.text}”. ${chosen.feedback}</li>
</#list>
</ul>
<p class="marked-question__explanation"><strong>Why:</strong> ${question.explanation}</p>
</li>
</#list>
</ol>
<p><a class="button" href="${quiz.lessonUrl}#quiz">Try again</a></p>
</@layout.page>
