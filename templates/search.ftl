<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The search page (type=search). search.js reads q from the address, searches search-index.json in the
  browser and lists the results; without JavaScript the page is the A–Z list of every page, baked here.
-->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"" noindex=true>
<h1>${content.title}</h1>
<div class="prose">
${content.body?no_esc}
</div>
<form class="search-form" id="search-form" action="/search/" method="get" data-search-index="/search-index.json">
<label class="field__label" for="search-q">Search for</label>
<div class="search-form__row">
<input class="search-form__input" type="search" id="search-q" name="q" autocomplete="off">
<button class="button" type="submit">Search</button>
</div>
</form>
<div class="search-status" id="search-status" role="status" aria-live="polite"></div>
<ol class="search-results" id="search-results" hidden></ol>
<div class="search-none" id="search-none" hidden>
<p>Check the spelling, or try a shorter or a different word, such as <em>block</em>, <em>evidence</em> or <em>help</em>.</p>
<ul>
<li>Look through <a href="#a-to-z-title">every page, from A to Z</a>, below.</li>
<li>If something is happening to you or someone you know, <a href="/report/">find out how to report it</a>.</li>
</ul>
</div>
<noscript><p class="notice">Searching needs JavaScript, which is off in this browser. Every page is listed below, from A to Z.</p></noscript>
<section class="a-to-z" aria-labelledby="a-to-z-title">
<h2 id="a-to-z-title">Every page from A to Z</h2>
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
