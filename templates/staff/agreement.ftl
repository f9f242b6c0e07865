<#ftl output_format="HTML" strip_whitespace=true>
<#-- The staff Acceptable Use Policy to accept: shown in place of any staff page until this version is accepted. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Staff Acceptable Use Policy">
<@s.bar staff/>
<h1>Staff Acceptable Use Policy</h1>
<#if accepted>
<p class="notice" role="status">You accepted version <code class="agreement-version">${version}</code> of the staff Acceptable Use Policy.</p>
<p><a href="/staff/">Go to the staff area</a></p>
<#else>
<p>Before you use the staff area, read <a href="${policyUrl}">the staff Acceptable Use Policy</a> (version <code class="agreement-version">${version}</code>) and accept it. You are asked again whenever its wording changes.</p>
<#if problem?has_content><@f.errorSummary errors={"accept": problem} hrefs={"accept": "accept-yes"}/></#if>
<form method="post" action="/staff/agreement" novalidate>
<input type="hidden" name="csrf" value="${staff.csrf}">
<input type="hidden" name="version" value="${version}">
<@f.choices name="accept" legend="Your acceptance" options={"yes": "I have read the staff Acceptable Use Policy, version " + version + ", and I accept it"} multiple=true error=problem/>
<button class="button" type="submit">Accept and continue</button>
</form>
</#if>
</@layout.page>
