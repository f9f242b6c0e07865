<#ftl output_format="HTML" strip_whitespace=true>
<#-- A section's home (type=section): its introduction, then its pages in their order. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<div class="prose">
${content.body?no_esc}
</div>
<#if children?has_content>
<ul class="page-list">
<#list children as child>
<li class="page-list__item">
<a class="page-list__link" href="${child.url}">${child.title}</a>
<#if child.summary?has_content><p>${child.summary}</p></#if>
</li>
</#list>
</ul>
</#if>
<@layout.reviewed content/>
</@layout.page>
