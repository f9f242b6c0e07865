<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The policy page (type=policy): the introduction from the content file, then each section of data/policy.yaml: its
  summary in plain words (ours, held to the reading ceiling), then the trust's own words, marked data-reading="quoted"
  so the reading grade leaves them out; a review note beside a clause is ours again (data-reading="ours").
-->
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
<div class="policy-summary">
<h3>In plain words</h3>
<#if section.summary?size == 1>
<p>${section.summary[0]}</p>
<#else>
<ul>
<#list section.summary as point><li>${point}</li></#list>
</ul>
</#if>
</div>
<div class="policy-text" data-reading="quoted">
<h3 class="policy-text__title">The trust's policy, word for word</h3>
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
<caption data-reading="ours">Required actions of section ${section.number}, each one a step on the case's checklist</caption>
<thead><tr><th scope="col">Number</th><th scope="col">Action</th><th scope="col">Usually done by</th></tr></thead>
<tbody>
<#list section.actions as action>
<tr id="clause-${action.number}"><th scope="row">${action.number}</th><td><strong>${action.label}.</strong> ${action.text}<#if action.reviewNote??><@review.note number=action.number note=action.reviewNote/></#if></td><td>${action.who}</td></tr>
</#list>
</tbody>
</table>
</#if>
</div>
</section>
</#list>
<@layout.reviewed content/>
</@layout.page>
