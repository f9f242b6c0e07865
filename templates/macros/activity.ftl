<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A lesson's activities for pupils, from content/lessons/<id>.activities.yaml (activity/ActivityBook.java),
  and its "What to do if it happens to you" box.
  There is no form: each choice is a radio with its feedback in the choice's own wrapper, and site.css shows
  the feedback of the checked radio, so it works with JavaScript off and sends nothing. Nothing in the markup
  says which choice is best (the values are positions); the feedback says it in words. activities.js, when
  it runs, also reads the feedback out to screen readers.
  activities params: lesson (one lesson's activities: activities, each with id, kindLabel, title, with, intro, items).
  ifItHappens params: steps (strings, in order), help (the help services as HelpServicesFile models them).
-->
<#macro activities lesson>
<#list lesson.activities as activity>
<#local at = "activity-" + activity.id>
<section class="activity" id="${at}" aria-labelledby="${at}_title">
<h2 class="activity__title" id="${at}_title"><span class="activity__kind">${activity.kindLabel}<#if !activity.kindLabel?ends_with("?")><span class="visually-hidden">:</span></#if></span> ${activity.title}</h2>
<#if activity.with??><p class="activity__with">Do this ${activity.with?uncap_first?remove_ending(".")}.</p></#if>
<p class="activity__intro">${activity.intro}</p>
<#list activity.items as item>
<#-- "_" joins the ids because they may not hold one: "a-b" and "c" never meet "a" and "b-c" -->
<#local group = at + "_" + item.id>
<fieldset class="activity-item">
<legend class="activity-item__text">${item.text}</legend>
<#list item.choices as choice>
<div class="activity-choice">
<input class="activity-choice__input" type="radio" id="${group}_${choice?counter}" name="${group}" value="${choice?counter}">
<label class="activity-choice__label" for="${group}_${choice?counter}">${choice.text}</label>
<p class="activity-choice__feedback">${choice.feedback}</p>
</div>
</#list>
</fieldset>
</#list>
</section>
</#list>
<div class="visually-hidden" id="activities-said" aria-live="polite"></div>
<script src="/js/activities.js" defer></script>
</#macro>

<#macro ifItHappens steps help>
<#if !(help.byName.Childline)??><#stop "data/help-services.yaml has no service named Childline, which the \"What to do if it happens to you\" box of lesson pages names"></#if>
<#local childline = help.byName.Childline>
<section class="if-it-happens" aria-labelledby="if-it-happens-title">
<h2 class="if-it-happens__title" id="if-it-happens-title">What to do if it happens to you</h2>
<ol class="if-it-happens__steps">
<#list steps as step><li>${step}</li></#list>
</ol>
<p class="if-it-happens__help">You can also tell the school with our <a href="/report/">report form</a>.
Or talk to Childline:<#if childline.phone??> <a href="tel:${childline.phone?replace(' ', '')}">call ${childline.phone}</a></#if><#if childline.phone?? && childline.url??> or</#if><#if childline.url??> <a href="${childline.url}">${childline.linkText?uncap_first}</a></#if>.</p>
</section>
</#macro>
