<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The one layout of the baked site and of the service's own pages.
  page params: title (string, required), description (string, optional: the meta description),
  home (boolean: the home page's title is the trust's name alone), bodyClass (string, optional),
  noindex (boolean: keep the page out of the site's search index and search engines, such as the search page),
  listen (boolean: the Listen button, assets/js/listen.js; on by default for pupils' pages, see listen.forPupils).
  Reads from the data model: trust, url, section, breadcrumbs (see PageModel.java).
-->
<#import "/macros/header.ftl" as header>
<#import "/macros/footer.ftl" as footer>
<#import "/macros/breadcrumbs.ftl" as crumbs>
<#import "/macros/listen.ftl" as reader>
<#macro page title description="" home=false bodyClass="" noindex=false listen=reader.forPupils()>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if home>${trust.name} eSafety Hub<#else>${title} – ${trust.name}</#if></title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<#if noindex><meta name="robots" content="noindex"></#if>
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/images/favicon.svg" type="image/svg+xml">
<script src="/js/quick-exit.js" defer></script>
<#if listen><script src="/js/listen.js" defer></script></#if>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to main content</a>
<@header.header/>
<div class="page">
<@crumbs.trail/>
<main id="main" tabindex="-1">
<#if listen><@reader.controls/></#if>
<#nested>
</main>
</div>
<@footer.footer/>
</body>
</html>
</#macro>

<#-- "Last reviewed" line of a content page; date strings are yyyy-MM-dd in the front matter. -->
<#macro reviewed page>
<#if page.reviewed?has_content>
<p class="reviewed"><@reviewedOn page/><#if page.nextReview?has_content>; next review due <time class="next-review" datetime="${page.nextReview}">${page.nextReview?date("yyyy-MM-dd")?string("MMMM yyyy")}</time></#if>.</p>
</#if>
</#macro>

<#macro reviewedOn page>Last reviewed <time datetime="${page.reviewed}">${page.reviewed?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></#macro>
