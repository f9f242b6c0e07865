<#ftl output_format="HTML" strip_whitespace=true>
<#-- After a parent or carer has signed the agreement. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Thank you for signing">
<h1>Thank you for signing</h1>
<div class="notice" role="status">
<p>You have signed the Acceptable IT Use Agreement, version <code class="agreement-version">${signature.version}</code>, for <strong>${signature.childName}</strong> in class <strong>${signature.classLabel}</strong>.</p>
</div>
<p>The school can now see your signature. It is kept for ${keptFor} and then deleted. If the agreement changes, the school may ask you to read and sign the new version.</p>
<p><a href="/agreements/parents/">Back to the agreement</a></p>
</@layout.page>
