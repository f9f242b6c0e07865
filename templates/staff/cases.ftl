<#ftl output_format="HTML" strip_whitespace=true>
<#-- The case list: counts by status, filters (a GET form that works without JavaScript), then new cases first, urgent first, oldest first. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_training.ftl" as t>
<@layout.page title="Cases">
<@s.bar staff/>
<@t.status training/>
<h1>Cases</h1>
<#if !staff.seesCases>
<p>Your role does not give access to cases.</p>
<#else>
<h2 class="visually-hidden">Cases by status</h2>
<ul class="counts">
<#list statuses as status, label>
<li><a href="/staff/?status=${status}<#if filter.academy?has_content>&amp;academy=${filter.academy}</#if>"><strong>${counts[status]!0}</strong> ${label?lower_case}</a></li>
</#list>
</ul>
<form class="filters" method="get" action="/staff/">
<h2>Filter</h2>
<div class="filters__fields">
<#if officer><@f.select name="academy" label="Academy" options=academyNames value=filter.academy placeholder="All academies"/></#if>
<@f.select name="status" label="Status" options=statuses value=filter.status placeholder="Any status"/>
<@f.select name="category" label="Kind" options=categories value=filter.category placeholder="Any kind"/>
<@f.select name="urgency" label="Urgency" options=urgencies value=filter.urgency placeholder="Urgent or not"/>
</div>
<button class="button button--secondary" type="submit">Show cases</button>
<a href="/staff/">Clear filters</a>
</form>
<#if cases?has_content>
<table class="cases">
<caption>${cases?size} <#if cases?size == 1>case<#else>cases</#if>: new first, urgent first, then oldest first</caption>
<thead><tr><th scope="col">Reference</th><th scope="col">Academy</th><th scope="col">Received (UTC)</th><th scope="col">Status</th></tr></thead>
<tbody>
<#list cases as c>
<tr<#if c.urgent> class="cases__urgent"</#if>>
<th scope="row"><a href="/staff/cases/${c.reference}">${c.reference}</a><#if c.urgent> <strong class="tag tag--urgent">Urgent</strong></#if></th>
<td>${academyNames[c.academySlug]!c.academySlug}</td>
<td>${c.receivedMinute?replace("T", " ")}</td>
<td>${statuses[c.status]!c.status}</td>
</tr>
</#list>
</tbody>
</table>
<#else>
<p>No cases match.</p>
</#if>
</#if>
<@t.updates updates/>
</@layout.page>
