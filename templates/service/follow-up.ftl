<#ftl output_format="HTML" strip_whitespace=true>
<#-- The follow-up form: reference and code. A wrong pair gets one message that does not say which half was wrong. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("followUp.title")>
<h1>${words.w("followUp.title")}</h1>
<p class="lede">${words.w("followUp.lede")}</p>
<#if error?has_content>
<@f.errorSummary errors={"reference": error} hrefs={"reference": "reference"}/>
</#if>
<form method="post" action="${langPrefix}/report/follow-up/" novalidate>
<@f.input name="reference" label=words.w("followUp.reference") value=reference hint=words.w("followUp.referenceHint") maxlength=20/>
<@f.input name="code" label=words.w("followUp.code") hint=words.w("followUp.codeHint") maxlength=30/>
<button class="button" type="submit">${words.w("followUp.button")}</button>
</form>
</@layout.page>
