<#ftl output_format="HTML" strip_whitespace=true>
<#-- Site header: the trust's name, the quick exit, the main navigation and the search box (a plain GET form to /search/). -->
<#macro header>
<header class="site-header">
<div class="site-header__bar">
<a class="site-header__name" href="/">${trust.name} <span class="site-header__product">eSafety Hub</span></a>
<a class="quick-exit" href="${trust.quickExitUrl}" rel="nofollow noreferrer" data-quick-exit>Exit this page<span class="visually-hidden"> quickly. You can also press the Shift key three times.</span></a>
</div>
<nav class="site-nav" aria-label="Main">
<ul>
<@item "/pupils/" "Pupils" "pupils"/>
<@item "/parents/" "Parents" "parents"/>
<@item "/staff-guide/" "Staff" "staff"/>
<@item "/report/" "Report" "report" "site-nav__report"/>
</ul>
</nav>
<form class="site-search" action="/search/" method="get" role="search" aria-label="Site">
<label class="visually-hidden" for="site-search-q">Search this site</label>
<input class="site-search__input" type="search" id="site-search-q" name="q" autocomplete="off">
<button class="site-search__button" type="submit">Search</button>
</form>
</header>
</#macro>

<#macro item href label key class="">
<li><a href="${href}"<#if class?has_content> class="${class}"</#if><#if url == href> aria-current="page"<#elseif section == key> aria-current="true"</#if>>${label}</a></li>
</#macro>
