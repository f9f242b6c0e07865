<#ftl output_format="HTML" strip_whitespace=true>
<#-- An Acceptable Use Policy (type=agreement, policy 3.6 and 3.7). Its version is a hash of its wording, worked out at
     the bake (agreement/AgreementVersion.java); the service reads it back from data-agreement-version on this page.
     On paper it prints with lines to sign, carrying the same version. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<#assign version = agreementVersions[content.audience]>
<@layout.page title=content.title description=content.summary!"" bodyClass="agreement">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<dl class="facts">
<div><dt>${words.w("agreement.version")}</dt><dd><code class="agreement-version" data-agreement-version="${version}">${version}</code></dd></div>
<div><dt>${words.w("agreement.lastReviewed")}</dt><dd><time datetime="${content.reviewed}">${content.reviewed?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></div>
</dl>
<div class="prose">
${content.body?no_esc}
</div>
<#if content.audience == "parents">
<div class="agreement-actions">
<h2>${words.w("agreement.signTitle")}</h2>
<p><a class="button" href="<#if (lang!"en") != "en">/${lang}</#if>/agreements/parents/sign">${words.w("agreement.signOnline")}</a></p>
<p>${words.fill("agreement.signPaper", version)}</p>
</div>
<div class="agreement-paper">
<h2>${words.w("agreement.paper.title")}</h2>
<p>${words.fill("agreement.paper.read", version)}</p>
<dl class="agreement-paper__lines">
<div><dt>${words.w("agreement.paper.childName")}</dt><dd></dd></div>
<div><dt>${words.w("agreement.paper.class")}</dt><dd></dd></div>
<div><dt>${words.w("agreement.paper.yourName")}</dt><dd></dd></div>
<div><dt>${words.w("agreement.paper.relationship")}</dt><dd></dd></div>
<div><dt>${words.w("agreement.paper.signature")}</dt><dd></dd></div>
<div><dt>${words.w("agreement.paper.date")}</dt><dd></dd></div>
</dl>
</div>
</#if>
<@layout.reviewed content/>
</@layout.page>
