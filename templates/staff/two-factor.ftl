<#ftl output_format="HTML" strip_whitespace=true>
<#-- The second step of signing in; the first time, enrolment: a QR code (drawn here as SVG) and the secret to type in. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<@layout.page title="Two-factor sign-in">
<h1><#if enrolling>Set up two-factor sign-in<#else>Enter your code</#if></h1>
<#if problem?has_content><@f.errorSummary errors={"code": problem} hrefs={"code": "code"}/></#if>
<#if enrolling>
<p>Staff who see reports sign in with a password and a code from an authenticator app on their phone (any app that supports time-based codes).</p>
<ol>
<li>In your app, add an account by scanning this QR code.</li>
<li>If you cannot scan it, type in this key instead: <strong class="code" id="totp-secret">${secret}</strong></li>
<li>Enter the 6-digit code the app now shows.</li>
</ol>
<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qrSize?c} ${qrSize?c}" width="232" height="232" role="img" aria-label="QR code for your authenticator app">
<rect width="${qrSize?c}" height="${qrSize?c}" fill="#ffffff"/>
<path d="${qrPath}" fill="#000000"/>
</svg>
<#else>
<p>Open your authenticator app and enter the 6-digit code it shows for eSafety Hub.</p>
</#if>
<form method="post" action="/staff/two-factor" novalidate>
<input type="hidden" name="csrf" value="${staff.csrf}">
<@f.input name="code" label="6-digit code" autocomplete="one-time-code" maxlength=7 error=problem/>
<button class="button" type="submit">Continue</button>
</form>
</@layout.page>
