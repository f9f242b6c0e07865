<#ftl output_format="HTML" strip_whitespace=true>
<#-- The feedback form of the codes of conduct as the service shows it: on its own, or again with its problems. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/macros/feedback.ftl" as feedback>
<@layout.page title="Comment on a code of conduct">
<@f.errorSummary errors=errors hrefs={"who": "who-PARENT"}/>
<h1>Comment on a code of conduct</h1>
<#if problem?has_content><p class="notice" role="alert">${problem}</p></#if>
<@feedback.form documents=documents document=document academies=academies values=values errors=errors/>
</@layout.page>
