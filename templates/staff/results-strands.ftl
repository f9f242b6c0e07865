<#ftl output_format="HTML" strip_whitespace=true>
<#-- Facility by Education for a Connected World strand and age band, across every quiz and version in scope. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_results.ftl" as r>
<#setting locale="en_GB">
<@layout.page title=content.title>
<@s.bar staff/>
<p><a href="/staff/results">All quizzes</a></p>
<h1>${content.title}</h1>
<p>Each question of a quiz is tagged with its strand of the UK “Education for a Connected World” framework, and each lesson has an age band. A cell is the facility of every answer to that strand's questions in lessons for that age band: the fraction that were right, with the number of answers. Every version of every quiz counts here.</p>
<@r.olderVersions mixed=true/>
<@r.filters action="/staff/results/strands" typed=typed errors=errors allAcademies=allAcademies academies=academies classOptions=classOptions withClass=false/>
<#if table?has_content>
<#if table.lines?has_content>
<h2 id="strands">Facility</h2>
<div class="table-scroll" role="region" aria-labelledby="strands" tabindex="0">
<table class="results-table strands">
<caption class="visually-hidden">Facility by strand (rows) and age band (columns)</caption>
<thead><tr><th scope="col">Strand</th><#list table.ageBands as band><th scope="col">Ages ${band}</th></#list></tr></thead>
<tbody>
<#list table.lines as line>
<tr><th scope="row">${line.strand}</th><#list line.cells as cell><td><#if cell.answers gt 0>${r.fig(cell.facility)} <span class="hint">(${cell.answers} answer<#if cell.answers != 1>s</#if>)</span><#else>—</#if></td></#list></tr>
</#list>
</tbody>
</table>
</div>
<#else>
<p>No quiz has been answered here yet.</p>
</#if>
</#if>
</@layout.page>
