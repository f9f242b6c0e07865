<#ftl output_format="HTML" strip_whitespace=true>
<#-- Before the DSL or the eSafety officer download a file as the reporter sent it: why they need it (recorded). -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Download the original file">
<@s.bar staff/>
<p><a href="/staff/cases/${reference}">Back to case ${reference}</a></p>
<h1>Download the original file</h1>
<p>The original of <strong>${file.displayName}</strong> (SHA-256 <code class="hash">${file.sha256}</code>) is the file exactly as the reporter sent it. It may hold details that identify them, such as where a photo was taken<#if file.metadataRemoved??> (this one held: ${file.metadataRemoved})</#if>.</p>
<p>Use the clean copy unless you need the original, for example for the police. Your name, the time and your reason are recorded.</p>
<#if problem?has_content><@f.errorSummary errors={"reason": problem} hrefs={"reason": "reason"}/></#if>
<form method="post" action="/staff/cases/${reference}/evidence/${file.position}/original" novalidate>
<input type="hidden" name="csrf" value="${staff.csrf}">
<@f.textarea name="reason" label="Why do you need the original?" value=reason hint="For example: the police asked for the original photo for case 12345." error=problem rows=4 maxlength=maxReason/>
<button class="button" type="submit">Download the original</button>
</form>
</@layout.page>
