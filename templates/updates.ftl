<#ftl output_format="HTML" strip_whitespace=true>
<#-- The staff updates' home (type=updates): its introduction, then every update, newest first, with its date. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<div class="prose">
${content.body?no_esc}
</div>
<ul class="page-list">
<#list childGroups as group>
<#list group.pages?sort_by("date")?reverse as update>
<li class="page-list__item">
<a class="page-list__link" href="${update.url}">${update.title}</a>
<p><time datetime="${update.date?string("yyyy-MM-dd")}">${update.date?string("d MMMM yyyy")}</time>: ${update.summary}</p>
</li>
</#list>
</#list>
</ul>
<@layout.reviewed content/>
</@layout.page>
