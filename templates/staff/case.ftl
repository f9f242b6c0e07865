<#ftl output_format="HTML" strip_whitespace=true>
<#-- One case: what is still to do, the report as given (escaped, never editable), the evidence with hashes, then the case work (staff/_case-work.ftl). -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_case-work.ftl" as cw>
<#import "/staff/_case-people.ftl" as cp>
<@layout.page title="Case ${report.reference}">
<@s.bar staff/>
<p><a href="/staff/">All cases</a></p>
<h1>Case <span class="code">${report.reference}</span><#if report.urgent> <strong class="tag tag--urgent">Urgent</strong></#if></h1>
<@cw.savedNotice/>
<@f.errorSummary errors=errors hrefs=errorHrefs/>
<dl class="case-facts">
<div><dt>Academy</dt><dd>${academyNames[report.academySlug]!report.academySlug}</dd></div>
<div><dt>Received (UTC)</dt><dd>${report.receivedMinute?replace("T", " ")}</dd></div>
<div><dt>Written in</dt><dd id="written-in">${writtenIn}</dd></div>
<div><dt>Status</dt><dd id="case-status" tabindex="-1">${statusLabel}</dd></div>
<div><dt>Assigned to</dt><dd>${work.assignedName!"Nobody yet"}</dd></div>
<#if work.triagedMinute?has_content><div><dt>Triaged (UTC)</dt><dd>${work.triagedMinute?replace("T", " ")}</dd></div></#if>
<#if work.closedMinute?has_content><div><dt>Closed (UTC)</dt><dd>${work.closedMinute?replace("T", " ")}</dd></div></#if>
<div><dt>Reported by</dt><dd>${report.reporterRole}</dd></div>
<div><dt>Anyone in danger</dt><dd><#if report.urgent>Yes, said the reporter<#else>No</#if></dd></div>
<div><dt>Still happening</dt><dd>${report.ongoing}</dd></div>
</dl>
<@cw.toDo/>
<h2>What happened</h2>
<p class="reporter-text"<@reporterLang/>>${report.description}</p>
<h2>Kind</h2>
<ul><#list categories as category><li>${category}</li></#list></ul>
<#if report.location?has_content><h2>Where</h2><p class="reporter-text"<@reporterLang/>>${report.location}</p></#if>
<#if report.started?has_content><h2>When it started</h2><p class="reporter-text"<@reporterLang/>>${report.started}</p></#if>
<#if report.peopleInvolved?has_content><h2>Who is involved</h2><p class="reporter-text"<@reporterLang/>>${report.peopleInvolved}</p></#if>
<#if links?has_content>
<h2>Links given</h2>
<ul><#list links as link><li class="reporter-text"><code>${link}</code></li></#list></ul>
</#if>
<h2>Evidence</h2>
<#if evidence?has_content>
<table class="evidence">
<caption class="visually-hidden">Evidence files with their SHA-256 hashes</caption>
<thead><tr><th scope="col">File (clean copy)</th><th scope="col">Type</th><th scope="col">Size</th><th scope="col">SHA-256</th><th scope="col">Hidden details</th></tr></thead>
<tbody>
<#list evidence as file>
<tr>
<th scope="row"><#if file.cleanSha256??><a href="/staff/cases/${report.reference}/evidence/${file.position}">${file.displayName}</a><#else>${file.displayName}</#if></th>
<td>${file.mediaType}</td>
<td><#if file.cleanSizeBytes??>${file.cleanSizeBytes?c}<#else>${file.sizeBytes?c}</#if> bytes</td>
<td>clean copy: <#if file.cleanSha256??><code class="hash">${file.cleanSha256}</code><#else>none</#if><br>original: <code class="hash">${file.sha256}</code></td>
<td><#if file.cleanSha256??>Removed: ${file.metadataRemoved}<#else>Could not be cleaned: ${file.cleanRefusal!"made before clean copies"}. Only the original exists.</#if><#if mayOpenOriginals><br><a href="/staff/cases/${report.reference}/evidence/${file.position}/original">Original of ${file.displayName}, with a reason</a></#if></td>
</tr>
</#list>
</tbody>
</table>
<#else>
<p>No files were sent.</p>
</#if>
<@cw.checklist/>
<@cp.supportPlan/>
<@cp.peopleInvolved/>
<@cw.conversation/>
<@cw.staffOnly/>
<@cw.closing/>
<#include "/staff/_audit.ftl">
</@layout.page>
<#-- The reporter's own words are in the language the report was written in: screen readers read them in its voice. -->
<#macro reporterLang><#if reportLang != "en"> lang="${reportLang}" dir="auto"</#if></#macro>
