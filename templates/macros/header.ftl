<#ftl output_format="HTML" strip_whitespace=true>
<#-- Site header: the trust's name, the quick exit and the main navigation. -->
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
</header>
</#macro>

<#macro item href label key class="">
<li><a href="${href}"<#if class?has_content> class="${class}"</#if><#if url == href> aria-current="page"<#elseif section == key> aria-current="true"</#if>>${label}</a></li>
</#macro>
