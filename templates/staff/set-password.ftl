<#ftl output_format="HTML" strip_whitespace=true>
<#-- Setting a password from a one-time link; for the very first administrator it also asks for e-mail and name. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<@layout.page title="Set your password">
<h1><#if firstAdmin>Create the first administrator<#else>Set your password</#if></h1>
<@f.errorSummary errors=errors hrefs={}/>
<form method="post" action="/staff/set-password/${token}" novalidate>
<#if firstAdmin>
<@f.input name="email" label="Your e-mail address" value=form.email!"" type="email" autocomplete="username" error=errors.email!""/>
<@f.input name="name" label="Your name" value=form.name!"" autocomplete="name" error=errors.name!""/>
</#if>
<@f.input name="password" label="New password" type="password" autocomplete="new-password" hint="At least ${minLength} characters. Three or four unrelated words are strong and easy to remember." error=errors.password!""/>
<@f.input name="confirm" label="New password again" type="password" autocomplete="new-password" error=errors.confirm!""/>
<button class="button" type="submit">Set password</button>
</form>
</@layout.page>
