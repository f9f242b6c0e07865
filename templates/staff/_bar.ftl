<#ftl output_format="HTML" strip_whitespace=true>
<#-- Who is signed in, and the sign-out button (a POST with its CSRF token). -->
<#macro bar staff>
<div class="staff-bar">
<p>Signed in as <strong>${staff.name}</strong>, ${staff.role} (${staff.academy})</p>
<nav class="staff-bar__nav" aria-label="Staff area">
<ul>
<#if staff.hasAcademy><li><a href="/staff/">Cases</a></li><li><a href="/staff/classes">Class codes</a></li></#if>
<#if staff.seesResults><li><a href="/staff/results">Quiz results</a></li><li><a href="/staff/agreements">Agreements</a></li></#if>
<#if staff.seesCases><li><a href="/staff/dashboard">Dashboard</a></li></#if>
<li><a href="/staff/training">Training</a></li>
<#if staff.seesAudit><li><a href="/staff/audit">Audit trail</a></li></#if>
<#if staff.seesReviews!false><li><a href="/staff/reviews">Reviews</a></li></#if>
</ul>
</nav>
<form method="post" action="/staff/sign-out">
<input type="hidden" name="csrf" value="${staff.csrf}">
<button class="button button--secondary" type="submit">Sign out</button>
</form>
</div>
</#macro>
