<#ftl output_format="HTML" strip_whitespace=true>
<#-- A signing that could not be taken (too many attempts from one place). -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="There was a problem signing the agreement">
<h1>There was a problem signing the agreement</h1>
<p>${message}</p>
<p><a class="button" href="/agreements/parents/sign">Go back to the signing page</a></p>
</@layout.page>
