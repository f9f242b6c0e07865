<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Where a report stands in plain words, what has been said on it, and a form to add a message or files. Staff write in
  English: on a page in another language their messages are shown exactly as written, marked lang="en" (and dir="ltr")
  so that screen readers switch voice and the words run the right way.
-->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/help.ftl" as help>
<#import "/macros/form.ftl" as f>
<#import "/macros/words.ftl" as words>
<#assign referenceCode><span class="code">${reference}</span></#assign>
<@layout.page title=words.w("followUp.status.title")?replace("{0}", reference)>
<h1>${words.fill("followUp.status.title", referenceCode)}</h1>
<#if notice?has_content><p class="notice" role="status">${notice}</p></#if>
<div class="status-panel">
<h2>${words.fill("followUp.status.status", statusLabel)}</h2>
<p>${statusExplanation}</p>
</div>
<h2>${words.w("followUp.messages")}</h2>
<#if conversation?has_content>
<ol class="messages">
<#list conversation as m>
<li class="message message--${m.author?lower_case}">
<#assign sent><time datetime="${m.sentMinute}Z">${m.sentMinute?replace("T", " ")} UTC</time></#assign>
<p class="message__from">${words.fill((m.author == "STAFF")?then("followUp.fromSchool", "followUp.youWrote"), sent)}</p>
<p class="message__body"<#if m.author == "STAFF" && lang != "en"> lang="en" dir="ltr"</#if>>${m.body}</p>
</li>
</#list>
</ol>
<#else>
<p>${words.w("followUp.noMessages")}</p>
</#if>
<#if files?has_content>
<h2>${words.w("followUp.filesTitle")}</h2>
<p>${words.w("followUp.filesText")}</p>
<ul class="sent-files">
<#list files as file><li>${words.fill("followUp.file", file.displayName, (file.sizeBytes / 1024)?ceiling)}: <#if file.metadataRemoved??>${words.fill("followUp.fileCleaned", file.metadataRemoved)}<#else>${words.w("followUp.fileNotCleaned")}</#if></li></#list>
</ul>
</#if>
<h2>${words.w("followUp.addTitle")}</h2>
<@f.errorSummary errors=errors hrefs={}/>
<form method="post" action="${langPrefix}/report/follow-up/add" enctype="multipart/form-data" novalidate>
<input type="hidden" name="reference" value="${reference}">
<input type="hidden" name="code" value="${code}">
<@f.textarea name="message" label=words.w("followUp.message") value=message hint=words.w("followUp.messageHint") error=errors.message!"" rows=5/>
<@f.file name="evidence" label=words.w("followUp.evidence") hint=words.w("followUp.evidenceHint") error=errors.evidence!"" accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"/>
<button class="button" type="submit">${words.w("followUp.button.send")}</button>
</form>
<#assign emergency><@help.phone "emergency"/></#assign>
<p>${words.fill("followUp.danger", emergency)}</p>
<p><a href="${langPrefix}/report/">${words.w("followUp.another")}</a></p>
</@layout.page>
