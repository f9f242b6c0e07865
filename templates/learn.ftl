<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The pupils' Learn page (type=learn, /lessons/): the lessons by age band, each a card linking its page.
  What this device has kept (done, best score) and a band's certificate link are filled in by progress.js.
-->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/progress.ftl" as progress>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<div class="prose">
${content.body?no_esc}
</div>
<@progress.choice/>
<#list childGroups as group>
<#assign band = group.pages[0].ageBand!"">
<section class="lesson-band" aria-labelledby="ages-${group?counter}">
<h2 id="ages-${group?counter}"><#if group.title?has_content>${group.title}<#else>Lessons</#if></h2>
<ul class="lesson-cards">
<#list group.pages as lesson>
<li class="lesson-card" data-lesson="${lesson.url?remove_ending("/")?keep_after_last("/")}">
<h3 class="lesson-card__title"><a href="${lesson.url}">${lesson.title}</a></h3>
<#if lesson.summary?has_content><p>${lesson.summary}</p></#if>
<#if lesson.duration?has_content><p class="lesson-card__time">Takes about ${lesson.duration} minutes.</p></#if>
<p class="lesson-card__progress" data-lesson-progress hidden></p>
</li>
</#list>
</ul>
<#if band?has_content>
<p class="lesson-band__certificate" data-certificate-link hidden><a href="/pupils/certificate/#certificate-${band}">Print your certificate for ${group.title?lower_case}</a></p>
</#if>
</section>
</#list>
<@layout.reviewed content/>
<script src="/js/progress.js" defer></script>
</@layout.page>
