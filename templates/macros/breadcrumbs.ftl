<#ftl output_format="HTML" strip_whitespace=true>
<#-- Where the page sits: Home, its ancestors, then the page itself (not a link). None on the home page. -->
<#import "/macros/words.ftl" as words>
<#macro trail>
<#if breadcrumbs?has_content>
<nav class="breadcrumbs" aria-label="${words.w("breadcrumbs.label")}">
<ol>
<#list breadcrumbs as crumb>
<li><#if crumb.href??><a href="${crumb.href}">${crumb.label}</a><#else><span aria-current="page">${crumb.label}</span></#if></li>
</#list>
</ol>
</nav>
</#if>
</#macro>
