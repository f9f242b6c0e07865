<#ftl output_format="HTML" strip_whitespace=true>
<#-- A report that could not be read at all (a broken or oversized upload). -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/help.ftl" as help>
<@layout.page title="There was a problem sending your report">
<h1>There was a problem sending your report</h1>
<p>${message}</p>
<p><a class="button" href="/report/">Go back to the report form</a></p>
<p>If someone is in danger right now, call <@help.phone "emergency"/>.</p>
</@layout.page>
