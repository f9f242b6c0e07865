<#ftl output_format="HTML" strip_whitespace=true>
<#-- A report that could not be read at all (a broken or oversized upload), or too many attempts. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/help.ftl" as help>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("report.problem.title")>
<h1>${words.w("report.problem.title")}</h1>
<p>${message}</p>
<p><a class="button" href="${langPrefix}/report/">${words.w("report.problem.back")}</a></p>
<#assign emergency><@help.phone "emergency"/></#assign>
<p>${words.fill("report.problem.danger", emergency)}</p>
</@layout.page>
