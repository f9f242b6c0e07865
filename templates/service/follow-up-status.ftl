<#ftl output_format="HTML" strip_whitespace=true>
<#-- Where a report stands in plain words, what has been said on it, and a form to add a message or files. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/help.ftl" as help>
<#import "/macros/form.ftl" as f>
<@layout.page title="Your report ${reference}">
<h1>Your report <span class="code">${reference}</span></h1>
<#if notice?has_content><p class="notice" role="status">${notice}</p></#if>
<div class="status-panel">
<h2>Status: ${statusLabel}</h2>
<p>${statusExplanation}</p>
</div>
<h2>Messages</h2>
<#if messages?has_content>
<ol class="messages">
<#list messages as m>
<li class="message message--${m.author?lower_case}">
<p class="message__from"><#if m.author == "STAFF">From the school<#else>You wrote</#if>, <time datetime="${m.sentMinute}Z">${m.sentMinute?replace("T", " ")} UTC</time></p>
<p class="message__body">${m.body}</p>
</li>
</#list>
</ol>
<#else>
<p>No messages yet. When the school writes to you, it will be here.</p>
</#if>
<#if files?has_content>
<h2>Files you sent</h2>
<p>School staff see a copy of each file without its hidden details.</p>
<ul class="sent-files">
<#list files as file><li>${file.displayName} (${(file.sizeBytes / 1024)?ceiling} KB): <#if file.metadataRemoved??>hidden details removed: ${file.metadataRemoved}<#else>its hidden details could not be removed, so only the school's safeguarding lead can open it</#if></li></#list>
</ul>
</#if>
<h2>Add information</h2>
<@f.errorSummary errors=errors hrefs={}/>
<form method="post" action="/report/follow-up/add" enctype="multipart/form-data" novalidate>
<input type="hidden" name="reference" value="${reference}">
<input type="hidden" name="code" value="${code}">
<@f.textarea name="message" label="Your message" value=message hint="Anything more you want the school to know, or an answer to their question." error=errors.message!"" rows=5/>
<@f.file name="evidence" label="More screenshots or files (optional)" hint="Pictures (PNG, JPEG, GIF or WebP) or PDF files, each up to 10 MB." error=errors.evidence!"" accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"/>
<button class="button" type="submit">Send to the school</button>
</form>
<p>Reports are read on school days. If someone is in danger, call <@help.phone "emergency"/>.</p>
<p><a href="/report/">Make another report</a></p>
</@layout.page>
