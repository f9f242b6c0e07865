<#ftl output_format="HTML" strip_whitespace=true>
<#-- Class codes of the academy: make one for a class and give it out, so quiz results count for the class. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Class codes">
<@s.bar staff/>
<h1>Class codes</h1>
<p>Give a class its code before a quiz. Pupils type it in; their answers then count for the class. No pupil is named.</p>
<#if made?has_content><p class="notice" role="status">New class code: <strong class="code">${made}</strong></p></#if>
<#if problem?has_content><@f.errorSummary errors={"label": problem} hrefs={"label": "label"}/></#if>
<form method="post" action="/staff/classes" novalidate>
<input type="hidden" name="csrf" value="${staff.csrf}">
<@f.input name="label" label="Class" hint="For example 7B or Year 5 Oak." error=problem maxlength=60/>
<button class="button" type="submit">Make a class code</button>
</form>
<#if codes?has_content>
<h2>Codes of ${staff.academy}</h2>
<table class="class-codes">
<thead><tr><th scope="col">Class</th><th scope="col">Code</th></tr></thead>
<tbody>
<#list codes as c><tr><td>${c.label}</td><td><strong class="code">${c.code}</strong></td></tr></#list>
</tbody>
</table>
</#if>
</@layout.page>
