<#ftl output_format="HTML" strip_whitespace=true>
<#-- Checks a receipt (GET and POST /report/verify/, /<code>/report/verify/): is it genuine, and does the report still match it. No JavaScript needed. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("report.verify.title") description=words.w("report.verify.description")>
<h1>${words.w("report.verify.title")}</h1>
<#if checked>
<div class="status-panel" role="status" id="verdict">
<#if genuine>
<h2>${words.w("report.verify.genuineTitle")}</h2>
<#assign referenceCode><span class="code">${reference}</span></#assign>
<p>${words.fill("report.verify.genuineText", referenceCode)}</p>
<#if unchanged>
<p id="verdict-unchanged">${words.w("report.verify.unchanged")}</p>
<#else>
<p id="verdict-unchanged">${words.w("report.verify.changed")}</p>
</#if>
<#else>
<h2>${words.w("report.verify.notGenuineTitle")}</h2>
<p>${words.w("report.verify.notGenuineText")}</p>
</#if>
</div>
</#if>
<p>${words.w("report.verify.intro")}</p>
<@f.errorSummary errors=error?has_content?then({"receipt": error}, {}) hrefs={}/>
<form method="post" action="${langPrefix}/report/verify/" novalidate>
<@f.textarea name="receipt" label=words.w("report.verify.label") value=receipt hint=words.w("report.verify.hint") error=error rows=12/>
<button class="button" type="submit">${words.w("report.verify.button")}</button>
</form>
</@layout.page>
