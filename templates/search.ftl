<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The search page (type=search). search.js reads q from the address, searches search-index.json in the
  browser and lists the results; without JavaScript the page is the A–Z list of every page, baked here.
-->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<@layout.page title=content.title description=content.summary!"" noindex=true>
<h1>${content.title}</h1>
<div class="prose">
${content.body?no_esc}
</div>
<form class="search-form" id="search-form" action="/search/" method="get" data-search-index="/search-index.json">
<label class="field__label" for="search-q">${words.w("search.page.for")}</label>
<div class="search-form__row">
<input class="search-form__input" type="search" id="search-q" name="q" autocomplete="off">
<button class="button" type="submit">${words.w("search.button")}</button>
</div>
</form>
<div class="search-status" id="search-status" role="status" aria-live="polite"></div>
<ol class="search-results" id="search-results" hidden></ol>
<div class="search-none" id="search-none" hidden>
<#assign word1><em>${words.w("search.page.noneWord1")}</em></#assign>
<#assign word2><em>${words.w("search.page.noneWord2")}</em></#assign>
<#assign word3><em>${words.w("search.page.noneWord3")}</em></#assign>
<p>${words.fill("search.page.none", word1, word2, word3)}</p>
<ul>
<#assign everyPage><a href="#a-to-z-title">${words.w("search.page.everyPageLink")}</a></#assign>
<li>${words.fill("search.page.lookThrough", everyPage)}</li>
<#assign report><a href="/report/">${words.w("search.page.reportLink")}</a></#assign>
<li>${words.fill("search.page.ifHappening", report)}</li>
</ul>
</div>
<noscript><p class="notice">${words.w("search.page.noScript")}</p></noscript>
<section class="a-to-z" aria-labelledby="a-to-z-title">
<h2 id="a-to-z-title">${words.w("search.page.aToZ")}</h2>
<ul class="page-list">
<#list pagesAtoZ as page>
<li class="page-list__item">
<a class="page-list__link" href="${page.url}">${page.title}</a>
<#if page.summary?has_content><p>${page.summary}</p></#if>
</li>
</#list>
</ul>
</section>
<script src="/js/search.js" defer></script>
</@layout.page>
