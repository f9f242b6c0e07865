<#ftl output_format="HTML" strip_whitespace=true>
<#-- The follow-up form: reference and code. A wrong pair gets one message that does not say which half was wrong. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<@layout.page title="Check on a report">
<h1>Check on a report</h1>
<p class="lede">Enter the reference and follow-up code from your receipt to see what is happening.</p>
<#if error?has_content>
<@f.errorSummary errors={"reference": error} hrefs={"reference": "reference"}/>
</#if>
<form method="post" action="/report/follow-up/" novalidate>
<@f.input name="reference" label="Reference" value=reference hint="For example CB-7K3M-Q9PX." maxlength=20/>
<@f.input name="code" label="Follow-up code" hint="Four groups of four letters and numbers." maxlength=30/>
<button class="button" type="submit">Check</button>
</form>
</@layout.page>
