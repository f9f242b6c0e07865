<#ftl output_format="HTML" strip_whitespace=true>
<#--
  An easy read page (type=easyread) for younger pupils and pupils with SEND: large type on a cream panel,
  one idea a line, each line a list item that starts with its picture (![](/images/easy-read/<name>.svg): the
  words beside say what it shows, so its alt is empty). standardVersion= in the header is the address of
  the standard page. It ends with who can help, from data/help-services.yaml, so no number is typed twice.
-->
<#import "/macros/layout.ftl" as layout>
<#assign childline = helpServices.byName.Childline>
<#assign emergency = helpServices.byId.emergency>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<#if content.standardVersion?has_content><p class="easy-read-switch"><a href="${content.standardVersion}">Standard version</a> of this page</p></#if>
<div class="easy-read">
<p class="easy-read__summary">${content.summary}</p>
${content.body?no_esc}
<h2>Who can help</h2>
<ul>
<li><img src="/images/easy-read/report-form.svg" alt="">Tell the school with our <a href="/report/">report form</a>.</li>
<li><img src="/images/easy-read/phone.svg" alt="">Call Childline on <a href="tel:${childline.phone?replace(' ', '')}">${childline.phone}</a>.</li>
<li><img src="/images/easy-read/chat.svg" alt="">Or <a href="${childline.url}">${childline.linkText?uncap_first}</a>.</li>
<li><img src="/images/easy-read/danger.svg" alt="">Is someone hurt or in danger now? Call <a href="tel:${emergency.phone}">${emergency.phone}</a>.</li>
</ul>
</div>
<@layout.reviewed content/>
</@layout.page>
