<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page for an address that does not exist; the service answers it with status 404. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("error404.title") noindex=true>
<h1>${words.w("error404.title")}</h1>
<p>${words.w("error404.text")}</p>
<#assign home><a href="/">${words.w("error404.home")}</a></#assign>
<#assign search><a href="/search/">${words.w("error404.search")}</a></#assign>
<#assign report><a href="/report/">${words.w("error404.report")}</a></#assign>
<p>${words.fill("error404.ways", home, search, report)}</p>
</@layout.page>
