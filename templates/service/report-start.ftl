<#ftl output_format="HTML" strip_whitespace=true>
<#-- The first step of reporting (GET /report/): who can help straight away, then the way on to the school's form. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Report bullying" description="If someone is in danger, get help now. Then tell the school about cyber-bullying, without giving your name.">
<h1>Is someone in danger right now?</h1>
<p class="lede">The school reads reports on school days, not straight away. If you need help now, these people can help you today.</p>
<ul class="help-services">
<#list help.services as service>
<li class="help-service">
<h2>${service.name}</h2>
<#if service["for"]??><p class="help-service__for">${service["for"]}</p></#if>
<p><strong>When:</strong> ${service.when}</p>
<p>${service.what}</p>
<#if service.phone?? || service.url??>
<ul class="help-service__ways">
<#if service.phone??><li><a href="tel:${service.phone?replace(' ', '')}">Call ${service.phone}</a></li></#if>
<#if service.url??><li><a href="${service.url}">${service.linkText}</a></li></#if>
</ul>
</#if>
</li>
</#list>
</ul>
<p class="help-checked">We last checked these numbers and links on <time datetime="${help.checked}">${help.checkedShown}</time>.</p>
<h2>Nobody is in danger right now</h2>
<p>Then tell the school what is happening. You do not have to give your name.</p>
<p><a class="button" href="/report/form/">Tell the school</a></p>
<p>Already sent a report? <a href="/report/follow-up/">Check on your report</a> with its reference and code, or <a href="/report/verify/">check a receipt</a>.</p>
</@layout.page>
