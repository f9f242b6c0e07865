<#ftl output_format="HTML" strip_whitespace=true>
<#-- The policy page (type=policy): the introduction from the content file, every section and clause from data/policy.yaml. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/review-note.ftl" as review>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<div class="prose">
${content.body?no_esc}
</div>
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
<#list policy.sections as section>
<li><a href="#section-${section.number}">${section.number}. ${section.title}</a></li>
</#list>
</ol>
</nav>
<#list policy.sections as section>
<section class="policy-section" id="section-${section.number}" aria-labelledby="section-${section.number}-title">
<h2 id="section-${section.number}-title">${section.number}. ${section.title}</h2>
<#if section.clauses??>
<#list section.clauses as clause>
<#if clause.paragraphs??>
<#list clause.paragraphs as paragraph><p>${paragraph}</p></#list>
<#else>
<p class="clause" id="clause-${clause.number}"><span class="clause__number">${clause.number}</span> ${clause.text}</p>
</#if>
<#if clause.reviewNote??><@review.note number=clause.number note=clause.reviewNote/></#if>
</#list>
</#if>
<#if section.actions??>
<table class="actions">
<caption>Required actions of section ${section.number}, each one a step on the case's checklist</caption>
<thead><tr><th scope="col">Number</th><th scope="col">Action</th><th scope="col">Usually done by</th></tr></thead>
<tbody>
<#list section.actions as action>
<tr id="clause-${action.number}"><th scope="row">${action.number}</th><td><strong>${action.label}.</strong> ${action.text}<#if action.reviewNote??><@review.note number=action.number note=action.reviewNote/></#if></td><td>${action.who}</td></tr>
</#list>
</tbody>
</table>
</#if>
</section>
</#list>
<@layout.reviewed content/>
</@layout.page>
