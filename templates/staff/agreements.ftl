<#ftl output_format="HTML" strip_whitespace=true>
<#-- Classes with how many children's parents or carers have signed the current version of the agreement, and an older one. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Agreement signatures">
<@s.bar staff/>
<h1>Agreement signatures</h1>
<p>Who has signed <a href="${agreementUrl}">the Acceptable IT Use Agreement for parents and carers</a>, by class (${staff.academy}). The current version is <code class="agreement-version">${current}</code>.</p>
<p class="notice">This service has no list of the pupils in each class, so a child whose parent or carer has not signed at all does not appear here. Compare each class's list with your register to find who has not signed.</p>
<#if classes?has_content>
<table class="results-table signature-classes">
<caption class="visually-hidden">Classes and their signatures</caption>
<thead><tr><#if officer><th scope="col">Academy</th></#if><th scope="col">Class</th><th scope="col">Code</th><th scope="col">Children signed for, current version</th><th scope="col">Children signed for, older version only</th></tr></thead>
<tbody>
<#list classes as c>
<tr>
<#if officer><td>${academyNames[c.academySlug]!c.academySlug}</td></#if>
<th scope="row"><a href="/staff/agreements/classes/${c.code}">${c.label}</a></th>
<td><span class="code">${c.code}</span></td>
<td>${c.current}</td>
<td>${c.older}</td>
</tr>
</#list>
</tbody>
</table>
<#else>
<p>There are no classes yet. <#if staff.hasAcademy><a href="/staff/classes">Make a class code</a> and give it to parents and carers with the agreement.</#if></p>
</#if>
</@layout.page>
