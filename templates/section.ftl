<#ftl output_format="HTML" strip_whitespace=true>
<#-- A section's home (type=section): its introduction, then its pages in their order; lessons come grouped by age band. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<div class="prose">
${content.body?no_esc}
</div>
<#list childGroups as group>
<#if group.title?has_content><h2>${group.title}</h2></#if>
<ul class="page-list">
<#list group.pages as child>
<li class="page-list__item">
<a class="page-list__link" href="${child.url}">${child.title}</a>
<#if child.summary?has_content><p>${child.summary}</p></#if>
</li>
</#list>
</ul>
</#list>
<@layout.reviewed content/>
</@layout.page>
