<#ftl output_format="HTML" strip_whitespace=true>
<#-- Who is signed in, and the sign-out button (a POST with its CSRF token). -->
<#macro bar staff>
<div class="staff-bar">
<p>Signed in as <strong>${staff.name}</strong>, ${staff.role} (${staff.academy})</p>
<#if staff.hasAcademy || staff.seesResults><p><#if staff.hasAcademy><a href="/staff/">Cases</a> · <a href="/staff/classes">Class codes</a></#if><#if staff.hasAcademy && staff.seesResults> · </#if><#if staff.seesResults><a href="/staff/results">Quiz results</a></#if></p></#if>
<form method="post" action="/staff/sign-out">
<input type="hidden" name="csrf" value="${staff.csrf}">
<button class="button button--secondary" type="submit">Sign out</button>
</form>
</div>
</#macro>
