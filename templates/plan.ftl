<#ftl output_format="HTML" strip_whitespace=true>
<#-- A PSHE lesson plan for teachers (type=plan): who it is for and how long it takes, then the plan. The pupils' own page is at the same name under /lessons/. -->
<#import "/macros/layout.ftl" as layout>
<#assign pupilPage = url?replace("/teaching/", "/lessons/", "f")>
<@layout.page title=content.title + " (lesson plan)" description=content.summary!"">
<h1>${content.title}: lesson plan</h1>
<p class="lede">${content.summary}</p>
<dl class="facts">
<div><dt>Ages</dt><dd>${content.ageBand}</dd></div>
<div><dt>Time</dt><dd>${content.duration} minutes</dd></div>
<div><dt>Education for a Connected World strand</dt><dd>${content.strand}</dd></div>
</dl>
<p class="plan-pupil-page">Pupils work through <a href="${pupilPage}">the pupils' page for this lesson</a> and end with its quiz.</p>
<div class="prose">
${content.body?no_esc}
</div>
<@layout.reviewed content/>
</@layout.page>
