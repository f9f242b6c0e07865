<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Audit entries as a table, in the order given.
  params: entries (AuditEntry list, required), caption (string, required), showCase (boolean: add a column
  linking each entry's case, for the audit page).
-->
<#macro table entries caption showCase=false>
<table class="audit">
<caption>${caption}</caption>
<thead><tr><th scope="col">No.</th><th scope="col">Time (UTC)</th><th scope="col">Who</th><th scope="col">What</th><#if showCase><th scope="col">Case</th></#if><th scope="col" class="audit__hash">Hash</th></tr></thead>
<tbody>
<#list entries as entry>
<tr>
<th scope="row">${entry.sequence?c}</th>
<td>${entry.time()?remove_ending(" UTC")}</td>
<td>${entry.actorName}</td>
<td class="audit__what">${entry.action}<#if entry.detail?has_content>: ${entry.detail}</#if></td>
<#if showCase><td><#if entry.caseReference?has_content><a href="/staff/cases/${entry.caseReference}">${entry.caseReference}</a></#if></td></#if>
<td class="audit__hash"><code class="hash">${entry.hash[0..*8]}…</code></td>
</tr>
</#list>
</tbody>
</table>
</#macro>
