<#ftl output_format="HTML" strip_whitespace=true>
<#-- Recording a parent's or carer's signature made on a printed copy of the agreement. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Record a paper signature">
<@s.bar staff/>
<h1>Record a paper signature</h1>
<p>For class ${inClass.label} (<span class="code">${inClass.code}</span>). Copy what the parent or carer wrote on the printed agreement, and the version printed on it.</p>
<@f.errorSummary errors=errors hrefs={"relationship": "relationship-parent"}/>
<form method="post" action="/staff/agreements/classes/${inClass.code}/paper" novalidate>
<input type="hidden" name="csrf" value="${staff.csrf}">
<@f.input name="childName" label="Child's name" value=form.childName error=errors.childName!"" maxlength=100/>
<@f.input name="signerName" label="Signed by" value=form.signerName error=errors.signerName!"" maxlength=100/>
<@f.choices name="relationship" legend="Their relationship to the child" options=relationships values=form.relationship error=errors.relationship!""/>
<@f.input name="version" label="Version printed on the paper" value=version hint="12 letters and digits, under the agreement's title." error=errors.version!"" maxlength=12/>
<button class="button" type="submit">Record the signature</button>
</form>
<p><a href="/staff/agreements/classes/${inClass.code}">Back to the class</a></p>
</@layout.page>
