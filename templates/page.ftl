<#ftl output_format="HTML" strip_whitespace=true>
<#-- A content page (type=page). -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<div class="prose">
${content.body?no_esc}
</div>
<@layout.reviewed content/>
</@layout.page>
