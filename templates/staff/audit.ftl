<#ftl output_format="HTML" strip_whitespace=true>
<#-- The audit trail: whether its chain holds, checked on every visit, and the newest entries this member of staff may read. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_audit-table.ftl" as auditTable>
<@layout.page title="Audit trail">
<@s.bar staff/>
<h1>Audit trail</h1>
<#if check.intact()>
<p class="notice" id="audit-check"><strong>The audit trail is intact.</strong> All ${check.entries?c} entries were checked just now: each still matches its hash and carries the hash of the one before.</p>
<#else>
<div class="error-summary" id="audit-check">
<h2 class="error-summary__title">The audit trail is broken</h2>
<p>Entry ${check.firstBreak.sequence?c} (${check.firstBreak.time()}<#if check.firstBreak.action??>, ${check.firstBreak.action}</#if>): ${check.firstBreak.reason}.</p>
<p>Someone changed or removed entries outside eSafety Hub. Keep a copy of the database as it is now, and tell the trust's eSafety officer.</p>
</div>
</#if>
<p>Every view, change, download and export of a case, and every sign-in and sign-out, is recorded here and cannot be changed without breaking the chain of hashes.
<#if staff.hasAcademy>You see the entries of ${staff.academy}.<#else>You see the entries of every academy.</#if></p>
<#if entries?has_content>
<@auditTable.table entries=entries caption="The newest entries, newest first" showCase=true/>
<#else>
<p>Nothing has been recorded yet.</p>
</#if>
</@layout.page>
