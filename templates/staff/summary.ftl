<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The printable case summary inside the evidence bundle (summary.html): a page of its own, read from the
  unpacked ZIP, never served by the service, so its styles are inside it. No scripts.
  Model: CaseSummary (the case page's model, reporterMessages, bundledNames, cleanNames, exportedBy, exportedAt), academyNames, trust.
  Sections follow the case page: add one here for each thing the case page gains.
-->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Case ${report.reference}: summary – ${trust.name}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #0b0c0c; max-width: 48rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 14pt; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #b1b4b6; padding-bottom: 0.2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.4rem; border-bottom: 1px solid #b1b4b6; overflow-wrap: break-word; }
.facts th { width: 12rem; }
.reporter-text { white-space: pre-line; }
.hash { font-family: "Courier New", monospace; font-size: 9pt; overflow-wrap: anywhere; }
.meta { color: #505a5f; }
.message { border-left: 4px solid #b1b4b6; padding: 0.2rem 0.75rem; margin: 0 0 0.75rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr, .message { break-inside: avoid; } }
</style>
</head>
<body>
<header>
<p class="meta">${trust.name} · eSafety Hub · evidence bundle</p>
<h1>Case ${report.reference}</h1>
<p class="meta">Exported by ${exportedBy} on ${exportedAt}. This summary is one file of the bundle; <code>manifest-sha256.txt</code> holds the SHA-256 hash of every file, and <code>audit.csv</code> every view, change, download and export of the case.</p>
</header>
<main>
<h2>The case</h2>
<table class="facts">
<tr><th scope="row">Reference</th><td>${report.reference}</td></tr>
<tr><th scope="row">Academy</th><td>${academyNames[report.academySlug]!report.academySlug}</td></tr>
<tr><th scope="row">Received (UTC)</th><td>${report.receivedMinute?replace("T", " ")}</td></tr>
<tr><th scope="row">Reported by</th><td>${report.reporterRole}</td></tr>
<tr><th scope="row">Urgency</th><td><#if report.urgent>Urgent: the reporter said someone was in danger<#else>Not urgent: the reporter said no one was in danger</#if></td></tr>
<tr><th scope="row">Still happening</th><td>${report.ongoing}</td></tr>
<tr><th scope="row">Status</th><td>${statusLabel}<#if work.closedMinute?has_content>, ${work.closedMinute?replace("T", " ")} UTC</#if></td></tr>
<#if outcomeLabel?has_content><tr><th scope="row">Outcome</th><td>${outcomeLabel}: ${work.outcomeNote!""}</td></tr></#if>
<tr><th scope="row">Kind</th><td>${categories?join(", ")}</td></tr>
</table>
<h2>What happened</h2>
<p class="reporter-text">${report.description}</p>
<h2>Where</h2>
<p class="reporter-text"><#if report.location?has_content>${report.location}<#else>Not given.</#if></p>
<h2>When it started</h2>
<p class="reporter-text"><#if report.started?has_content>${report.started}<#else>Not given.</#if></p>
<h2>People involved</h2>
<p class="reporter-text"><#if report.peopleInvolved?has_content>${report.peopleInvolved}<#else>Not given.</#if></p>
<h2>Links given</h2>
<#if links?has_content><ul><#list links as link><li class="hash">${link}</li></#list></ul><#else><p>None.</p></#if>
<h2>Evidence</h2>
<#if evidence?has_content>
<table>
<thead><tr><th scope="col">File in this bundle</th><th scope="col">Name given</th><th scope="col">Type</th><th scope="col">Size</th><th scope="col">SHA-256</th></tr></thead>
<tbody>
<#list evidence as file>
<tr><td class="hash">${bundledNames[file?index]}</td><td>${file.displayName}, as sent</td><td>${file.mediaType}</td><td>${file.sizeBytes?c} bytes</td><td class="hash">${file.sha256}</td></tr>
<#if file.cleanSha256??>
<tr><td class="hash">${cleanNames[file?index]}</td><td>${file.displayName}, clean copy (removed: ${file.metadataRemoved})</td><td>${file.mediaType}</td><td>${file.cleanSizeBytes?c} bytes</td><td class="hash">${file.cleanSha256}</td></tr>
<#else>
<tr><td colspan="5">No clean copy of ${file.displayName}: ${file.cleanRefusal!"made before clean copies"}</td></tr>
</#if>
</#list>
</tbody>
</table>
<#else>
<p>No files were sent.</p>
</#if>
<h2>The policy's required actions</h2>
<#if actions?has_content>
<table>
<thead><tr><th scope="col">Action</th><th scope="col">State</th><th scope="col">Recorded</th><th scope="col">Note or reason</th></tr></thead>
<tbody>
<#list actions as a>
<tr><td>${a.number} ${a.label}</td><td><#if a.open()>Still open<#elseif a.state == "DONE">Done<#else>Not applicable</#if></td><td><#if !a.open()>${a.recordedBy!""}, ${a.when()} UTC</#if></td><td>${a.note!""}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p>Not triaged yet: no part of the policy chosen.</p>
</#if>
<h2>Support plan for the person harmed</h2>
<#if support?has_content>
<table>
<thead><tr><th scope="col">Item (policy 8)</th><th scope="col">State</th><th scope="col">Recorded</th><th scope="col">Note or reason</th></tr></thead>
<tbody>
<#list support as a>
<tr><td>${a.number} ${a.label}</td><td><#if a.open()>Still open<#elseif a.state == "DONE">Done<#else>Not applicable</#if></td><td><#if !a.open()>${a.recordedBy!""}, ${a.when()} UTC</#if></td><td>${a.note!""}</td></tr>
</#list>
</tbody>
</table>
<#else>
<p>No support plan: the case was not triaged.</p>
</#if>
<h2>People involved, as recorded by staff</h2>
<#if !upheld><p>A pupil accused is an alleged perpetrator until the case records a finding of upheld (policy 10.1).</p></#if>
<#if people?has_content>
<table>
<thead><tr><th scope="col">Name or initials</th><th scope="col">Class or year</th><th scope="col">Part</th><th scope="col">Sanctions and restorative work (policy 10.2)</th></tr></thead>
<tbody>
<#list people as p>
<tr><td>${p.name}</td><td>${p.classYear!""}</td><td>${roleLabels[p.id]}</td><td><#if measures[p.id]??><#list measures[p.id] as m>${measureKinds[m.kind]!m.kind} (aim: ${intentions[m.intention]!m.intention}): ${m.note}; ${m.recordedBy}, ${m.when()} UTC<#sep><br></#sep></#list><#else>None</#if></td></tr>
</#list>
</tbody>
</table>
<#else>
<p>No one recorded.</p>
</#if>
<h2>Finding</h2>
<#if finding??><p>${findings[finding.finding]!finding.finding}: ${finding.note} (${finding.recordedBy}, ${finding.when()} UTC)</p><#else><p>No finding recorded.</p></#if>
<h2>Messages with the reporter</h2>
<#if reporterMessages?has_content>
<#list reporterMessages as m>
<div class="message">
<p class="meta"><#if m.author == "STAFF">From the school<#else>From the reporter</#if>, ${m.sentMinute?replace("T", " ")} UTC</p>
<p class="reporter-text">${m.body}</p>
</div>
</#list>
<#else>
<p>No messages.</p>
</#if>
</main>
</body>
</html>
