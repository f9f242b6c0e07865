<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The receipt, shown once after a report is saved: the reference and the follow-up code, and what happens next. The
  receipt file itself stays in English whatever the page's language: it is checked character for character.
-->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/help.ftl" as help>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("report.receipt.title")>
<#if urgent>
<div class="warning" role="note">
<h2>${words.w("report.receipt.dangerTitle")}</h2>
<#assign emergency><@help.phone "emergency"/></#assign>
<#assign childline><@help.phone "childline"/></#assign>
<#assign ceop><@help.link "ceop">${words.w("report.receipt.ceopLink")}</@help.link></#assign>
<p>${words.fill("report.receipt.dangerText", emergency, childline, ceop)}</p>
<p>${words.fill("report.receipt.urgent", hours)}</p>
</div>
</#if>
<div class="panel-done">
<h1>${words.w("report.receipt.title")}</h1>
<#assign referenceCode><strong class="code" id="reference">${reference}</strong></#assign>
<p>${words.fill("report.receipt.reference", referenceCode)}</p>
</div>
<h2>${words.w("report.receipt.codeTitle")}</h2>
<p>${words.w("report.receipt.codeText")}</p>
<p class="code code--large" id="follow-up-code">${code}</p>
<div class="warning" role="note">
<p><strong>${words.w("report.receipt.keepSafe")}</strong> ${words.w("report.receipt.keepHow")}</p>
</div>
<h2>${words.w("report.receipt.saveTitle")}</h2>
<p>${words.w("report.receipt.saveText")}</p>
<form method="post" action="${langPrefix}/report/receipt">
<input type="hidden" name="receipt" value="${receipt}">
<button class="button" type="submit">${words.w("report.receipt.saveButton")}</button>
</form>
<#assign check><a href="${langPrefix}/report/verify/">${words.w("report.receipt.checkLink")}</a></#assign>
<p>${words.fill("report.receipt.checkLater", check)}</p>
<h2>${words.w("report.receipt.nextTitle")}</h2>
<ol>
<li>${words.fill("report.receipt.next1", academyName)}</li>
<li>${words.w("report.receipt.next2")}</li>
<#assign checkOn><a href="${langPrefix}/report/follow-up/">${words.w("report.receipt.checkOnLink")}</a></#assign>
<li>${words.fill("report.receipt.next3", checkOn)}</li>
</ol>
<p>${words.fill("report.form.readOn", hours)}</p>
</@layout.page>
