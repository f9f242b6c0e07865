<#ftl output_format="HTML" strip_whitespace=true>
<#-- An Acceptable Use Policy (type=agreement, policy 3.6 and 3.7). Its version is a hash of its wording, worked out at
     the bake (agreement/AgreementVersion.java); the service reads it back from data-agreement-version on this page.
     On paper it prints with lines to sign, carrying the same version. -->
<#import "/macros/layout.ftl" as layout>
<#assign version = agreementVersions[content.audience]>
<@layout.page title=content.title description=content.summary!"" bodyClass="agreement">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<dl class="facts">
<div><dt>Version</dt><dd><code class="agreement-version" data-agreement-version="${version}">${version}</code></dd></div>
<div><dt>Last reviewed</dt><dd><time datetime="${content.reviewed}">${content.reviewed?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></div>
</dl>
<div class="prose">
${content.body?no_esc}
</div>
<#if content.audience == "parents">
<div class="agreement-actions">
<h2>Sign this agreement</h2>
<p><a class="button" href="/agreements/parents/sign">Sign online</a></p>
<p>You need the class code your child's teacher gave you. Or print this page, sign it and hand it to the school office: staff record a paper signature against the same version, ${version}.</p>
</div>
<div class="agreement-paper">
<h2>Signature</h2>
<p>I have read this agreement (version ${version}) and agree to it.</p>
<dl class="agreement-paper__lines">
<div><dt>Child's name</dt><dd></dd></div>
<div><dt>Class</dt><dd></dd></div>
<div><dt>Your name</dt><dd></dd></div>
<div><dt>Relationship to the child</dt><dd></dd></div>
<div><dt>Signature</dt><dd></dd></div>
<div><dt>Date</dt><dd></dd></div>
</dl>
</div>
</#if>
<@layout.reviewed content/>
</@layout.page>
