<#ftl output_format="HTML" strip_whitespace=true>
<#-- One signature of the parents' agreement, as recorded. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Signature for ${signature.childName}">
<@s.bar staff/>
<h1>Signature for ${signature.childName}</h1>
<dl class="facts">
<div><dt>Class</dt><dd><a href="/staff/agreements/classes/${signature.classCode}">${signature.classLabel}</a> (<span class="code">${signature.classCode}</span>)</dd></div>
<div><dt>Signed by</dt><dd>${signature.signerName}, ${signature.relationship}</dd></div>
<div><dt>Signature</dt><dd>${signature.typedSignature}</dd></div>
<div><dt>Version signed</dt><dd><code>${signature.version}</code> (<#if signature.isOf(current)>the current version<#else>an older version: the current one is ${current}</#if>)</dd></div>
<div><dt>Signed on (UTC)</dt><dd>${signature.signedOn()}</dd></div>
<div><dt>How</dt><dd><#if signature.onPaper>On paper, recorded by staff<#else>Online</#if></dd></div>
</dl>
</@layout.page>
