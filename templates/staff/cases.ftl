<#ftl output_format="HTML" strip_whitespace=true>
<#-- The case list: urgent first, then oldest first, with counts at the top. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Cases">
<@s.bar staff/>
<h1>Cases</h1>
<#if !staff.seesCases>
<p>Your role does not give access to cases.</p>
<#else>
<ul class="counts">
<li><strong>${cases?size}</strong> reports</li>
<li><strong>${openCount}</strong> open</li>
<li><strong>${urgentCount}</strong> marked urgent</li>
</ul>
<#if cases?has_content>
<table class="cases">
<caption class="visually-hidden">Reports, urgent first, then oldest first</caption>
<thead><tr><th scope="col">Reference</th><th scope="col">Academy</th><th scope="col">Received (UTC)</th><th scope="col">Status</th></tr></thead>
<tbody>
<#list cases as c>
<tr<#if c.urgent> class="cases__urgent"</#if>>
<th scope="row"><a href="/staff/cases/${c.reference}">${c.reference}</a><#if c.urgent> <strong class="tag tag--urgent">Urgent</strong></#if></th>
<td>${academyNames[c.academySlug]!c.academySlug}</td>
<td>${c.receivedMinute?replace("T", " ")}</td>
<td>${c.status?lower_case?cap_first?replace("_", " ")}</td>
</tr>
</#list>
</tbody>
</table>
<#else>
<p>There are no reports yet.</p>
</#if>
</#if>
</@layout.page>
