<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The certificate page (type=certificate): made in the browser (certificate.js) for an age band whose lessons
  this device has kept as done (progress.js). The name typed is in no form: it is never sent or kept.
  Without script or progress, the page's own text says how to get it. Prints on one A4 page, nothing else.
  Reads lessonGroups: the lessons by age band, as the Learn page lists them.
-->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"" bodyClass="certificate-page">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<div class="prose" data-certificate-help>
${content.body?no_esc}
</div>
<div class="certificate-maker" data-certificate-maker hidden>
<p>Well done! You have done all the lessons for your age. Type your name, then print your certificate.</p>
<fieldset class="choices field" data-certificate-bands hidden>
<legend class="field__label">Which certificate do you want?</legend>
<#list lessonGroups as group>
<#assign band = group.pages[0].ageBand!"">
<#if band?has_content>
<div class="choice" data-certificate-choice="certificate-${band}" hidden>
<input class="choice__input" type="radio" name="certificate-band" id="certificate-band-${band}" value="certificate-${band}">
<label class="choice__label" for="certificate-band-${band}">${group.title}</label>
</div>
</#if>
</#list>
</fieldset>
<div class="field">
<label class="field__label" for="certificate-name">Your name</label>
<p class="hint" id="certificate-name-hint">Your name only goes on this page. It is not saved or sent anywhere.</p>
<input class="field__input" type="text" id="certificate-name" aria-describedby="certificate-name-hint" autocomplete="off" spellcheck="false" maxlength="60">
</div>
<button class="button" type="button" data-certificate-print>Print my certificate</button>
</div>
<#list lessonGroups as group>
<#assign band = group.pages[0].ageBand!"">
<#if band?has_content>
<section class="certificate" id="certificate-${band}" data-certificate data-lessons="<#list group.pages as lesson>${lesson.url?remove_ending("/")?keep_after_last("/")}<#sep> </#sep></#list>" aria-labelledby="certificate-${band}-title" hidden>
<p class="certificate__from">${trust.name}</p>
<h2 class="certificate__title" id="certificate-${band}-title">Certificate</h2>
<p class="certificate__claim">I have finished the eSafety lessons for ${group.title?lower_case}.</p>
<ul class="certificate__lessons">
<#list group.pages as lesson><li>${lesson.title}</li></#list>
</ul>
<p class="certificate__line">Name: <span class="certificate__name" data-certificate-name></span></p>
<p class="certificate__line">Date: <span data-certificate-date></span></p>
</section>
</#if>
</#list>
<@layout.reviewed content/>
<script src="/js/progress.js" defer></script>
<script src="/js/certificate.js" defer></script>
</@layout.page>
