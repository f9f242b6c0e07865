<#ftl output_format="HTML" strip_whitespace=true>
<#-- Checks a receipt (GET and POST /report/verify/): is it genuine, and does the report still match it. No JavaScript needed. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<@layout.page title="Check a receipt" description="Check that a report receipt is genuine and that the report has not been changed since it was sent.">
<h1>Check a receipt</h1>
<#if checked>
<div class="status-panel" role="status" id="verdict">
<#if genuine>
<h2>This receipt is genuine</h2>
<p>Report <span class="code">${reference}</span> was sent to this service at the time the receipt shows.</p>
<#if unchanged>
<p id="verdict-unchanged">The report is unchanged: what is stored now is exactly what was sent.</p>
<#else>
<p id="verdict-unchanged">The report stored now is <strong>not</strong> the same as what was sent, or it is no longer kept. Ask the trust's eSafety officer why.</p>
</#if>
<#else>
<h2>This receipt is not genuine</h2>
<p>It was not written by this service, or something in it has been changed. Paste it again exactly as it was saved.</p>
</#if>
</div>
</#if>
<p>When you send a report, you can save a receipt. Paste the whole receipt here to check that it is genuine and that the report has not been changed since it was sent. Nothing you paste is kept.</p>
<@f.errorSummary errors=error?has_content?then({"receipt": error}, {}) hrefs={}/>
<form method="post" action="/report/verify/" novalidate>
<@f.textarea name="receipt" label="Your receipt" value=receipt hint="Open the receipt file, copy all of it and paste it here." error=error rows=12/>
<button class="button" type="submit">Check the receipt</button>
</form>
</@layout.page>
