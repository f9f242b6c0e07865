<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The first step of reporting (GET /report/, /<code>/report/): who can help straight away, then the way on to the school's
  form. In English a service's words are data/help-services.yaml's; in another language, data/messages' danger.<id>.*.
-->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<#function said service part>
<#if lang == "en" || !(messages["danger." + service.id + "." + part])??><#return service[part]!""></#if>
<#return words.fill("danger." + service.id + "." + part, service.phone!"")>
</#function>
<@layout.page title=words.w("report.start.title") description=words.w("report.start.description")>
<h1>${words.w("report.start.heading")}</h1>
<p class="lede">${words.w("report.start.lede")}</p>
<ul class="help-services">
<#list help.services as service>
<li class="help-service">
<h2>${service.name}</h2>
<#if service["for"]??><p class="help-service__for">${said(service, "for")}</p></#if>
<p><strong>${words.w("report.start.when")}</strong> ${said(service, "when")}</p>
<p>${said(service, "what")}</p>
<#if service.phone?? || service.url??>
<ul class="help-service__ways">
<#if service.phone??><li><a href="tel:${service.phone?replace(' ', '')}">${words.fill("report.start.call", service.phone)}</a></li></#if>
<#if service.url??><li><a href="${service.url}">${said(service, "linkText")}</a></li></#if>
</ul>
</#if>
</li>
</#list>
</ul>
<#assign checkedOn><time datetime="${help.checked}"><#if lang == "en">${help.checkedShown}<#else>${help.checked?date("yyyy-MM-dd")?string("d MMMM yyyy")}</#if></time></#assign>
<p class="help-checked">${words.fill("report.start.checked", checkedOn)}</p>
<h2>${words.w("report.start.noDangerTitle")}</h2>
<p>${words.w("report.start.noDangerText")}</p>
<p><a class="button" href="${langPrefix}/report/form/">${words.w("report.start.button")}</a></p>
<#assign checkOn><a href="${langPrefix}/report/follow-up/">${words.w("report.checkOnLink")}</a></#assign>
<#assign checkReceipt><a href="${langPrefix}/report/verify/">${words.w("report.start.checkReceiptLink")}</a></#assign>
<p>${words.fill("report.start.already", checkOn, checkReceipt)}</p>
</@layout.page>
