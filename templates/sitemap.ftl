<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<#-- Every page; one that exists in more than one language lists each (alternatesByUrl, see SiteLanguages.java). -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>${config.site_host}/</loc></url>
<#list published_content?sort_by("noExtensionUri") as page>
<#if page.type != "search">
<url><loc>${config.site_host}/${page.noExtensionUri}</loc><lastmod>${(page.reviewed)!(page.date?string("yyyy-MM-dd"))}</lastmod><#list alternatesByUrl["/" + page.noExtensionUri]![] as alternate><xhtml:link rel="alternate" hreflang="${alternate.htmlLang}" href="${alternate.absolute}"/></#list><#if (alternatesByUrl["/" + page.noExtensionUri])??><xhtml:link rel="alternate" hreflang="x-default" href="${alternatesByUrl["/" + page.noExtensionUri][0].absolute}"/></#if></url>
</#if>
</#list>
<url><loc>${config.site_host}/report/</loc></url>
</urlset>
