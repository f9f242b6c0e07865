<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Form pieces in the GOV.UK pattern.
  errorSummary params: errors (hash: field id -> message), hrefs (hash: field id -> the anchor of the control to focus).
  errorMessage params: id (the field's id), message (string, may be empty: then nothing is shown).
-->
<#macro errorSummary errors hrefs>
<#if errors?has_content>
<div class="error-summary" tabindex="-1" data-error-summary>
<#-- role=alert on an inner element, so the summary is announced when it appears without stealing the heading's role -->
<div role="alert">
<h2 class="error-summary__title">There is a problem</h2>
<ul class="error-summary__list">
<#list errors as field, message>
<li><a href="#${hrefs[field]!field}">${message}</a></li>
</#list>
</ul>
</div>
</div>
</#if>
</#macro>

<#macro errorMessage id message="">
<#if message?has_content>
<p class="field-error" id="${id}-error"><span class="visually-hidden">Error:</span> ${message}</p>
</#if>
</#macro>
