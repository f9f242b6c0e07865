<#ftl output_format="HTML" strip_whitespace=true>
<#-- Signing the parents' and carers' agreement (GET and POST /agreements/parents/sign, /<code>/agreements/parents/sign): works without JavaScript. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("agreement.sign.title") description=words.w("agreement.sign.description")>
<h1>${words.w("agreement.sign.title")}</h1>
<#assign agreementLink><a id="agreement-link" href="${agreementUrl}">${words.w("agreement.sign.agreementLink")}</a></#assign>
<#assign versionCode><code class="agreement-version">${version}</code></#assign>
<p class="lede">${words.fill("agreement.sign.lede", agreementLink, versionCode)}</p>
<@f.errorSummary errors=errors hrefs={"relationship": "relationship-parent", "agree": "agree-yes", "version": "agreement-link"}/>
<form method="post" action="${langPrefix}/agreements/parents/sign" novalidate>
<input type="hidden" name="version" value="${version}">
<@f.input name="classCode" label=words.w("agreement.sign.classCode") value=form.classCode hint=words.w("agreement.sign.classCodeHint") error=errors.classCode!"" maxlength=20/>
<@f.input name="childName" label=words.w("agreement.sign.childName") value=form.childName error=errors.childName!"" maxlength=100/>
<@f.input name="signerName" label=words.w("agreement.sign.signerName") value=form.signerName error=errors.signerName!"" autocomplete="name" maxlength=100/>
<@f.choices name="relationship" legend=words.w("agreement.sign.relationship") options=relationships values=form.relationship error=errors.relationship!""/>
<@f.input name="typedSignature" label=words.w("agreement.sign.typedSignature") value=form.typedSignature hint=words.w("agreement.sign.typedSignatureHint") error=errors.typedSignature!"" maxlength=100/>
<@f.choices name="agree" legend=words.w("agreement.sign.agreeLegend") options={"yes": words.w("agreement.sign.agree")} values=form.agree multiple=true error=errors.agree!""/>
<button class="button" type="submit">${words.w("agreement.sign.button")}</button>
</form>
<h2 id="privacy">${words.w("agreement.sign.privacyTitle")}</h2>
<ul>
<li><strong>${words.w("agreement.sign.privacyWhatLabel")}</strong> ${words.w("agreement.sign.privacyWhat")}</li>
<li><strong>${words.w("agreement.sign.privacyWhyLabel")}</strong> ${words.w("agreement.sign.privacyWhy")}</li>
<li><strong>${words.w("agreement.sign.privacyWhoLabel")}</strong> ${words.w("agreement.sign.privacyWho")}</li>
<li><strong>${words.w("agreement.sign.privacyHowLongLabel")}</strong> ${words.fill("agreement.sign.privacyHowLong", keptFor)}</li>
<li><strong>${words.w("agreement.sign.privacyNotKeptLabel")}</strong> ${words.w("agreement.sign.privacyNotKept")}</li>
</ul>
<#assign paperLink><a href="${agreementUrl}">${words.w("agreement.sign.paperLink")}</a></#assign>
<p>${words.fill("agreement.sign.paper", paperLink)}</p>
</@layout.page>
