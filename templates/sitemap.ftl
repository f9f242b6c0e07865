<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${config.site_host}/</loc></url>
<#list published_content?sort_by("noExtensionUri") as page>
<#if page.type != "search">
<url><loc>${config.site_host}/${page.noExtensionUri}</loc><lastmod>${(page.reviewed)!(page.date?string("yyyy-MM-dd"))}</lastmod></url>
</#if>
</#list>
<url><loc>${config.site_host}/report/</loc></url>
</urlset>
