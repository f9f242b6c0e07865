<#ftl output_format="HTML" strip_whitespace=true>
<#-- One staff update (type=update): dated, short, and also an entry of the Atom feed (feed.ftl). -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="update-date">Staff update, <time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d MMMM yyyy")}</time></p>
<p class="lede">${content.summary}</p>
<div class="prose">
${content.body?no_esc}
</div>
<p><a href="/staff-updates/">All staff updates</a></p>
</@layout.page>
