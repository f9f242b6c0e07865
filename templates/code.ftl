<#ftl output_format="HTML" strip_whitespace=true>
<#-- An eSafety code of conduct (type=code, policy 3.4): its version and review date lead, because it is reviewed with parents. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/feedback.ftl" as feedback>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<dl class="facts">
<div><dt>For ages</dt><dd>${content.ageBand}</dd></div>
<div><dt>Version</dt><dd>${content.version}</dd></div>
<div><dt>Last reviewed</dt><dd><time datetime="${content.reviewed}">${content.reviewed?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></div>
<#if content.nextReview?has_content><div><dt>Next review</dt><dd><time datetime="${content.nextReview}">${content.nextReview?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></div></#if>
</dl>
<div class="prose">
${content.body?no_esc}
</div>
<@layout.reviewed content/>
<#assign academyChoices = {}>
<#list trust.academies as a><#assign academyChoices = academyChoices + {a.slug: a.name}></#list>
<@feedback.form documents={"/" + content.noExtensionUri: content.title} document="/" + content.noExtensionUri academies=academyChoices/>
</@layout.page>
