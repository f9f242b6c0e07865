<#ftl output_format="HTML" strip_whitespace=true>
<#-- The training matrix: every member of staff of an academy (or, for the officer, of every academy) with their training status. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Training matrix">
<@s.bar staff/>
<h1>Training matrix</h1>
<p>Every member of staff of <#if academy?has_content>${academyNames[academy]!academy}<#else>every academy</#if> with an account, and where they stand with the cyber-bullying training (policy 3.3). <strong>Current</strong>: passed (${passMark}% or more) within the last ${refresher}. <strong>Overdue</strong>: passed, but longer ago. <strong>Never trained</strong>: no pass yet.</p>
<#if reminded?has_content><p class="notice" role="status" id="reminded">Reminders queued: ${reminded}.</p></#if>
<ul class="counts" id="training-counts">
<li><strong>${counts.CURRENT}</strong> current</li>
<li><strong>${counts.OVERDUE}</strong> overdue</li>
<li><strong>${counts.NEVER}</strong> never trained</li>
</ul>
<#if officer>
<form class="filters" method="get" action="/staff/training/matrix">
<@f.select name="academy" label="Academy" options=academyNames value=academy placeholder="All academies"/>
<button class="button button--secondary" type="submit">Show</button>
</form>
</#if>
<p><a href="/staff/training/matrix.csv<#if academy?has_content>?academy=${academy}</#if>" download>Download the matrix as CSV</a></p>
<#if rows?has_content>
<div class="table-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
<table class="results-table" id="training-matrix">
<caption id="matrix-caption">${rows?size} <#if rows?size == 1>member<#else>members</#if> of staff, by name</caption>
<thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><#if !academy?has_content><th scope="col">Academy</th></#if><th scope="col">Status</th><th scope="col">Last completed (UTC)</th><th scope="col">Score</th><th scope="col">Due by</th></tr></thead>
<tbody>
<#list rows as row>
<tr data-email="${row.member.email}">
<th scope="row">${row.member.name}</th>
<td>${row.member.email}</td>
<td>${row.role}</td>
<#if !academy?has_content><td>${academyNames[row.member.academySlug]!row.member.academySlug}</td></#if>
<td class="training-status">${row.label}</td>
<td><#if row.lastPass.id??><a href="/staff/training/records/${row.lastPass.id}">${row.lastPass.completedOn}</a><#else>—</#if></td>
<td><#if row.lastPass.id??>${row.lastPass.score} out of ${row.lastPass.maxScore}<#else>—</#if></td>
<td><#if row.dueOn?has_content>${row.dueOn}<#else>now</#if></td>
</tr>
</#list>
</tbody>
</table>
</div>
<#else>
<p>No members of staff have accounts here yet.</p>
</#if>
<#if due gt 0>
<h2>Remind those due</h2>
<form method="post" action="/staff/training/reminders">
<input type="hidden" name="csrf" value="${staff.csrf}">
<input type="hidden" name="academy" value="${academy}">
<p>Send a reminder e-mail to the ${due} <#if due == 1>member<#else>members</#if> of staff shown as overdue or never trained, with the links to the course and the quiz. It is recorded on the audit trail.</p>
<button class="button" type="submit">Send reminders</button>
</form>
</#if>
</@layout.page>
