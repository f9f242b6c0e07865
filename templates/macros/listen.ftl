<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The Listen buttons (assets/js/listen.js): hidden in the markup, shown only where the browser can speak
  with a voice of its own. The page's button reads the visible text of <main>; a question's reads that question.
  The script changes the first span's words (Listen, Pause, Resume, Stop) and the hidden rest of the name.
-->

<#-- Whether pupils read this page: the Pupils section (/pupils/, /lessons/, /glossary/), audience=pupils, or an age band on a page not for staff. -->
<#function forPupils>
<#local page = content!{}>
<#local audience = page.audience!"">
<#return section == "pupils" || audience == "pupils" || ((page.ageBand!"")?has_content && audience != "staff")>
</#function>

<#import "/macros/words.ftl" as words>
<#macro controls>
<div class="listen" data-listen-controls hidden>
<button class="listen__button" type="button" data-listen-page><span data-listen-label>${words.w("listen.listen")}</span><span class="visually-hidden" data-listen-more> ${words.w("listen.toThisPage")}</span></button>
<button class="listen__button" type="button" data-listen-stop hidden>${words.w("listen.stop")}</button>
</div>
</#macro>

<#macro question number>
<button class="listen__button listen__button--question" type="button" data-listen-question hidden><span data-listen-label>Listen</span><span class="visually-hidden" data-listen-more> to question ${number}</span></button>
</#macro>
