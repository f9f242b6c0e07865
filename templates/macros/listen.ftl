<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The Listen buttons (assets/js/listen.js): hidden in the markup, shown only where the browser can speak
  with a voice of its own. The page's button reads the visible text of <main>; a question's reads that question.
  The script changes the first span's words (Listen, Pause, Resume, Stop) and the hidden rest of the name, to the words
  in the page's language the button carries in data-words-* (the script has none of its own).
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
<button class="listen__button" type="button" data-listen-page data-words-listen="${words.w("listen.listen")}" data-words-pause="${words.w("listen.pause")}" data-words-resume="${words.w("listen.resume")}" data-words-idle="${words.w("listen.toThisPage")}" data-words-busy="${words.w("listen.readingThisPage")}"><span data-listen-label>${words.w("listen.listen")}</span><span class="visually-hidden" data-listen-more> ${words.w("listen.toThisPage")}</span></button>
<button class="listen__button" type="button" data-listen-stop hidden>${words.w("listen.stop")}</button>
</div>
</#macro>

<#macro question number>
<#local idle = words.w("listen.toQuestion")?replace("{0}", number?c)>
<button class="listen__button listen__button--question" type="button" data-listen-question hidden data-words-listen="${words.w("listen.listen")}" data-words-stop="${words.w("listen.stop")}" data-words-idle="${idle}" data-words-busy="${words.w("listen.readingQuestion")?replace("{0}", number?c)}"><span data-listen-label>${words.w("listen.listen")}</span><span class="visually-hidden" data-listen-more> ${idle}</span></button>
</#macro>
