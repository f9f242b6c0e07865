<#ftl output_format="HTML" strip_whitespace=true>
<#-- A PSHE lesson plan (type=lesson): who it is for and how long it takes, then the plan. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/quiz.ftl" as quizForm>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<dl class="facts">
<div><dt>Ages</dt><dd>${content.ageBand}</dd></div>
<div><dt>Time</dt><dd>${content.duration} minutes</dd></div>
<div><dt>Education for a Connected World strand</dt><dd>${content.strand}</dd></div>
</dl>
<div class="prose">
${content.body?no_esc}
</div>
<#if quizzes[url]??>
<@quizForm.form quiz=quizzes[url] academies=trust.academies/>
</#if>
<@layout.reviewed content/>
</@layout.page>
