<#ftl output_format="HTML" strip_whitespace=true>
<#-- The home page (JBake's master index): one door for each group of people, and the way to report. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<@layout.page title=trust.name description=words.w("home.description")?replace("{0}", trust.name) home=true>
<h1>${words.fill("home.title", trust.name)}</h1>
<p class="lede">${words.w("home.lede")}</p>
<section class="report-callout" aria-labelledby="report-title">
<h2 id="report-title">${words.w("home.report.title")}</h2>
<p>${words.w("home.report.text")}</p>
<p><a class="button" href="${(navUrls["/report/"])!"/report/"}">${words.w("home.report.button")}</a></p>
</section>
<ul class="doors">
<li class="door">
<h2><a href="${(navUrls["/pupils/"])!"/pupils/"}">${words.w("home.pupils.title")}</a></h2>
<p>${words.w("home.pupils.text")}</p>
</li>
<li class="door">
<h2><a href="${(navUrls["/parents/"])!"/parents/"}">${words.w("home.parents.title")}</a></h2>
<p>${words.w("home.parents.text")}</p>
</li>
<li class="door">
<h2><a href="${(navUrls["/staff-guide/"])!"/staff-guide/"}">${words.w("home.staff.title")}</a></h2>
<p>${words.w("home.staff.text")}</p>
</li>
</ul>
</@layout.page>
