<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Site header: the trust's name, the quick exit, the main navigation, the search box (a plain GET form to /search/; on a
  translated page it searches that language's pages) and, on a page that exists in more than one language, the
  language switcher: each language the page exists in, named in itself.
-->
<#import "/macros/words.ftl" as words>
<#macro header>
<header class="site-header">
<div class="site-header__bar">
<a class="site-header__name" href="/">${trust.name} <span class="site-header__product">eSafety Hub</span></a>
<a class="quick-exit" href="${trust.quickExitUrl}" rel="nofollow noreferrer" data-quick-exit>${words.w("header.quickExit")}<span class="visually-hidden"> ${words.w("header.quickExitHint")}</span></a>
</div>
<#if (alternates![])?has_content>
<nav class="languages" aria-label="${words.w("languages.label")}">
<ul>
<#list alternates as alternate>
<li><a href="${alternate.href}" lang="${alternate.htmlLang}" hreflang="${alternate.htmlLang}"<#if alternate.dir == "rtl"> dir="rtl"</#if><#if alternate.current> aria-current="page"</#if>>${alternate.name}</a></li>
</#list>
</ul>
</nav>
</#if>
<nav class="site-nav" aria-label="${words.w("nav.label")}">
<ul>
<@item "/pupils/" words.w("nav.pupils") "pupils"/>
<@item "/parents/" words.w("nav.parents") "parents"/>
<@item "/staff-guide/" words.w("nav.staff") "staff"/>
<@item "/report/" words.w("nav.report") "report" "site-nav__report"/>
</ul>
</nav>
<form class="site-search" action="/search/" method="get" role="search" aria-label="${words.w("search.formLabel")}">
<label class="visually-hidden" for="site-search-q">${words.w("search.label")}</label>
<input class="site-search__input" type="search" id="site-search-q" name="q" autocomplete="off">
<#if (lang!"en") != "en"><input type="hidden" name="lang" value="${lang}"></#if>
<button class="site-search__button" type="submit">${words.w("search.button")}</button>
</form>
</header>
</#macro>

<#macro item englishHref label key class="">
<#local href = (navUrls[englishHref])!englishHref>
<li><a href="${href}"<#if class?has_content> class="${class}"</#if><#if url == href> aria-current="page"<#elseif section == key> aria-current="true"</#if>>${label}</a></li>
</#macro>
