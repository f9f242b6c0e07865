<#ftl output_format="HTML" strip_whitespace=true>
<#-- Staff sign-in: one message for a wrong e-mail or password; a locked account says until when. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<@layout.page title="Sign in">
<h1>Sign in to the staff area</h1>
<#if problem?has_content><@f.errorSummary errors={"password": problem} hrefs={"password": "email"}/></#if>
<form method="post" action="/staff/sign-in" novalidate>
<@f.input name="email" label="E-mail address" value=email type="email" autocomplete="username"/>
<@f.input name="password" label="Password" type="password" autocomplete="current-password"/>
<button class="button" type="submit">Sign in</button>
</form>
<p>No account, or forgotten your password? Ask your trust's eSafety Hub administrator for a link to set one.</p>
</@layout.page>
