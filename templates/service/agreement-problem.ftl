<#ftl output_format="HTML" strip_whitespace=true>
<#-- A signing that could not be taken (too many attempts from one place). -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("agreement.problem.title")>
<h1>${words.w("agreement.problem.title")}</h1>
<p>${message}</p>
<p><a class="button" href="${langPrefix}/agreements/parents/sign">${words.w("agreement.problem.back")}</a></p>
</@layout.page>
