<#ftl output_format="HTML" strip_whitespace=true>
<#-- The case page's record: the evidence bundle to download, and every audit entry of the case. Needs report and auditEntries. -->
<#import "/staff/_audit-table.ftl" as auditTable>
<#if mayOpenOriginals>
<h2>Evidence bundle</h2>
<p><a href="/staff/cases/${report.reference}/bundle">Download the evidence bundle of ${report.reference}</a> (a ZIP file):
a printable summary of the case, every evidence file as it was sent and its clean copy, the audit entries below and
the SHA-256 hash of each file, to hand to the police, CEOP or the trust. The download is recorded.</p>
</#if>
<h2>Audit trail of this case</h2>
<@auditTable.table entries=auditEntries caption="Every view, change, download and export of this case, oldest first"/>
