<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Guidance for parents, carers or staff (type=guidance): the summary leads, the review date closes. A guide whose
  header names what it follows (follows=kcsie, ukcis-nudes) lists each from data/guidance-sources.yaml with the day
  its edition was checked; the bake refuses an id the file does not list.
-->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<div class="prose">
${content.body?no_esc}
</div>
<#if content.follows?has_content>
<section class="follows" aria-labelledby="follows-title">
<h2 id="follows-title">${words.w("guidance.follows")}</h2>
<ul>
<#list content.follows?split(",") as id>
<#assign source = guidanceSources.byId[id?trim]>
<li><a href="${source.url}">${source.title}</a>, ${source.publisher}, ${source.edition}. <#assign checked><time datetime="${source.checked}">${source.checkedShown}</time></#assign>${words.fill("guidance.checkedOn", checked)}</li>
</#list>
</ul>
</section>
</#if>
<@layout.reviewed content/>
</@layout.page>
