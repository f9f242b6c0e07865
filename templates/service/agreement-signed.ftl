<#ftl output_format="HTML" strip_whitespace=true>
<#-- After a parent or carer has signed the agreement. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("agreement.signed.title")>
<h1>${words.w("agreement.signed.title")}</h1>
<div class="notice" role="status">
<#assign versionCode><code class="agreement-version">${signature.version}</code></#assign>
<#assign child><strong>${signature.childName}</strong></#assign>
<#assign inClass><strong>${signature.classLabel}</strong></#assign>
<p>${words.fill("agreement.signed.text", versionCode, child, inClass)}</p>
</div>
<p>${words.fill("agreement.signed.kept", keptFor)}</p>
<p><a href="${agreementUrl}">${words.w("agreement.signed.back")}</a></p>
</@layout.page>
