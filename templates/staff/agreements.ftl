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
<h2 id="classes">Classes</h2>
<div class="table-scroll" role="region" aria-labelledby="classes" tabindex="0">
<table class="results-table signature-classes">
<caption class="visually-hidden">Classes and their signatures</caption>
<thead><tr><#if officer><th scope="col">Academy</th></#if><th scope="col">Class and code</th><th scope="col">Signed, current version</th><th scope="col">Signed, older version only</th></tr></thead>
<tbody>
<#list classes as c>
<tr>
<#if officer><td>${academyNames[c.academySlug]!c.academySlug}</td></#if>
<th scope="row"><a href="/staff/agreements/classes/${c.code}">${c.label}</a> <span class="code">${c.code}</span></th>
<td>${c.current}</td>
<td>${c.older}</td>
</tr>
</#list>
</tbody>
</table>
</div>
<p>Each figure counts children, not signatures: a child whose parent or carer signed twice counts once, by their latest signature.</p>
<#else>
<p>There are no classes yet. <#if staff.hasAcademy><a href="/staff/classes">Make a class code</a> and give it to parents and carers with the agreement.</#if></p>
</#if>
</@layout.page>
