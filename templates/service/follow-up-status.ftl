<#ftl output_format="HTML" strip_whitespace=true>
<#-- Where a report stands, in plain words. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Your report ${reference}">
<h1>Your report <span class="code">${reference}</span></h1>
<div class="status-panel">
<h2>Status: ${statusLabel}</h2>
<p>${statusExplanation}</p>
</div>
<p>Reports are read on school days. If someone is in danger, call <a href="tel:999">999</a>.</p>
<p><a href="/report/">Make another report</a></p>
</@layout.page>
