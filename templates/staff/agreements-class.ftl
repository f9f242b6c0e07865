<#ftl output_format="HTML" strip_whitespace=true>
<#-- One class's signatures of the parents' agreement: each child once, by their latest signature, current version or older. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Agreement signatures: ${inClass.label}">
<@s.bar staff/>
<h1>Agreement signatures: ${inClass.label}</h1>
<#if recorded><p class="notice" role="status">The paper signature was recorded.</p></#if>
<p>Class code <span class="code">${inClass.code}</span><#if academyNames[inClass.academySlug]??>, ${academyNames[inClass.academySlug]}</#if>. The current version of <a href="${agreementUrl}">the agreement</a> is <code class="agreement-version">${current}</code>.</p>
<p class="notice">Only children whose parent or carer has signed are listed: this service has no class list. Anyone missing from it has not signed.</p>
<#if rows?has_content>
<h2 id="sheet">Children signed for</h2>
<div class="table-scroll" role="region" aria-labelledby="sheet" tabindex="0">
<table class="results-table signature-sheet">
<caption class="visually-hidden">Signatures of the class</caption>
<thead><tr><th scope="col">Child</th><th scope="col">Signed by</th><th scope="col">Status</th><th scope="col">Version</th><th scope="col">Signed on (UTC)</th><th scope="col">How</th></tr></thead>
<tbody>
<#list rows as row>
<#assign sig = row.latest>
<tr>
<th scope="row"><a href="/staff/agreements/signatures/${sig.id}">${sig.childName}</a></th>
<td>${sig.signerName} (${sig.relationship})</td>
<td><#if row.current>Signed the current version<#else><span class="signature-status--older">Signed an older version</span></#if></td>
<td><code>${sig.version}</code></td>
<td>${sig.signedOn()}</td>
<td><#if sig.onPaper>On paper<#else>Online</#if></td>
</tr>
</#list>
</tbody>
</table>
</div>
<p><a href="/staff/agreements/classes/${inClass.code}/signatures.csv" download>Download the list (CSV)</a></p>
<#else>
<p>No parent or carer has signed for this class yet.</p>
</#if>
<#if mayRecord><p><a href="/staff/agreements/classes/${inClass.code}/paper">Record a signature made on paper</a></p></#if>
<p><a href="/staff/agreements">All classes</a></p>
</@layout.page>
