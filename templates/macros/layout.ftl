<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The one layout of the baked site and of the service's own pages.
  page params: title (string, required), description (string, optional: the meta description),
  home (boolean: the home page's title is the trust's name alone), bodyClass (string, optional),
  noindex (boolean: keep the page out of the site's search index and search engines, such as the search page),
  listen (boolean: the Listen button, assets/js/listen.js; on by default for pupils' pages, see listen.forPupils).
  Reads from the data model: trust, url, section, breadcrumbs (see PageModel.java); the page's language: lang, htmlLang,
  dir, messages (its words), alternates (the page in its other languages), translation (on a translated page: checkedBy,
  translated) and englishUrl (see SiteLanguages.java; docs/authoring.md, "Languages").
-->
<#import "/macros/header.ftl" as header>
<#import "/macros/footer.ftl" as footer>
<#import "/macros/breadcrumbs.ftl" as crumbs>
<#import "/macros/listen.ftl" as reader>
<#import "/macros/words.ftl" as words>
<#macro page title description="" home=false bodyClass="" noindex=false listen=reader.forPupils()>
<#setting locale=(htmlLang!"en-GB")?replace("-", "_")>
<!DOCTYPE html>
<html lang="${htmlLang!"en-GB"}"<#if (dir!"ltr") == "rtl"> dir="rtl"</#if>>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if home>${trust.name} eSafety Hub<#else>${title} – ${trust.name}</#if></title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<#if noindex><meta name="robots" content="noindex"></#if>
<link rel="stylesheet" href="/css/site.css">
<link rel="icon" href="/images/favicon.svg" type="image/svg+xml">
<#list alternates![] as alternate><link rel="alternate" hreflang="${alternate.htmlLang}" href="${alternate.absolute}"></#list>
<#if (alternates![])?has_content><link rel="alternate" hreflang="x-default" href="${alternates[0].absolute}"></#if>
<script src="/js/quick-exit.js" defer></script>
<#if listen><script src="/js/listen.js" defer></script></#if>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">${words.w("layout.skipLink")}</a>
<@header.header/>
<div class="page">
<@crumbs.trail/>
<main id="main" tabindex="-1">
<@uncheckedNote/>
<#if listen><@reader.controls/></#if>
<#nested>
</main>
</div>
<@footer.footer/>
</body>
</html>
</#macro>

<#-- On a translation no fluent speaker has checked yet (checkedBy empty): say so, and point to the English page. -->
<#macro uncheckedNote>
<#if translation?? && !translation.checkedBy?has_content>
<#local english><a href="${englishUrl}" hreflang="en-GB">${words.w("translation.uncheckedLink")}</a></#local>
<div class="translation-note" role="note">
<p>${words.fill("translation.uncheckedText", english)}</p>
</div>
</#if>
</#macro>

<#-- "Last reviewed" line of a content page; date strings are yyyy-MM-dd in the front matter. -->
<#macro reviewed page>
<#if page.reviewed?has_content>
<#local last><@reviewedDate page/></#local>
<#if page.nextReview?has_content>
<#local next><time class="next-review" datetime="${page.nextReview}">${page.nextReview?date("yyyy-MM-dd")?string("MMMM yyyy")}</time></#local>
<p class="reviewed">${words.fill("page.reviewedAndNext", last, next)}</p>
<#else>
<p class="reviewed">${words.fill("page.reviewedOnly", last)}</p>
</#if>
</#if>
</#macro>

<#macro reviewedOn page><#local last><@reviewedDate page/></#local>${words.fill("page.lastReviewed", last)}</#macro>

<#macro reviewedDate page><time datetime="${page.reviewed}">${page.reviewed?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></#macro>
