<#ftl output_format="HTML" strip_whitespace=true>
<#-- The monitoring dashboard (policy 3.1): reports by month, category and urgency; open cases by age; median times; quiz attempts by lesson. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_dashboard.ftl" as d>
<@layout.page title="Dashboard">
<@s.bar staff/>
<h1>Dashboard</h1>
<p>${scopeName}, ${dashboard.period.from} to ${dashboard.period.to} (months in UTC).</p>
<#if dashboard.suppressed>
<div class="notice">
<p><strong>Small counts are hidden.</strong> So that no child can be picked out, every count from 1 to 4 reads "fewer than 5", and so does any other count that would let one be worked out from a total. Totals are the true totals. Zero is shown as 0. Each academy's DSL and Principal see their own exact counts.</p>
</div>
</#if>
<@f.errorSummary errors=errors hrefs={}/>
<form class="filters" method="get" action="/staff/dashboard" novalidate>
<h2 class="filters__title">Choose what to count</h2>
<#if officer><@f.select name="academy" label="Academy" options=academies value=typed.academy placeholder="Every academy" error=errors.academy!""/></#if>
<@f.input name="from" label="First month" value=typed.from hint="Year-month, such as 2026-01. Empty: 11 months ago." error=errors.from!"" maxlength=7/>
<@f.input name="to" label="Last month (included)" value=typed.to hint="Year-month, such as 2026-12. Empty: this month." error=errors.to!"" maxlength=7/>
<button class="button" type="submit">Show figures</button>
</form>

<h2 id="months">Reports per month</h2>
<@d.barChart chart=dashboard.monthChart id="months-chart" title="Reports received each month"/>
<p>Each report counts once, under urgent (someone was in danger when it was made) or not urgent.</p>
<@d.countTable table=dashboard.urgency id="months" caption="Reports by urgency and month" corner="Urgency"/>

<h2 id="categories">Reports by kind of bullying</h2>
<@d.barChart chart=dashboard.categoryChart id="categories-chart" title="Reports naming each kind of bullying in the period"/>
<p>A report that names two kinds counts under both, so the totals here count kinds named, not reports.</p>
<@d.countTable table=dashboard.categories id="categories" caption="Kinds of bullying named in reports, by month" corner="Kind of bullying"/>

<h2 id="open">Open cases by age</h2>
<@d.barChart chart=dashboard.ageChart id="open-chart" title="Cases not yet closed, by time since the report came in"/>
<p>Every case not yet closed, whenever it came in, by the time since its report: under 1 week (under 7 days), 1 to 4 weeks (7 to 27 days), 4 weeks or more (28 days or more).</p>
<@d.countTable table=dashboard.openCases id="open" caption="Open cases by academy and age" corner="Academy"/>

<h2 id="times">How quickly cases are acted on</h2>
<p>Over the reports received in the period: the median time from the report to its first action (triage), and to its closing.</p>
<table class="results-table medians">
<caption class="visually-hidden">Median times</caption>
<thead><tr><th scope="col">Time</th><th scope="col">Cases</th><th scope="col">Median</th></tr></thead>
<tbody>
<#list dashboard.medians as m><tr><th scope="row">${m.label}</th><td class="num">${m.cases}</td><td>${m.time}</td></tr></#list>
</tbody>
</table>

<h2 id="lessons">Quiz attempts by lesson</h2>
<#if dashboard.means?has_content>
<p>Attempts at each lesson's quiz taken in the period, before the lesson (baseline) and after it, and the mean score as a share of full marks. A mean is not shown where its count is hidden.</p>
<@d.countTable table=dashboard.lessons id="lessons" caption="Quiz attempts by lesson, before and after" corner="Lesson"/>
<table class="results-table lesson-means">
<caption>Mean quiz score by lesson</caption>
<thead><tr><th scope="col">Lesson</th><th scope="col">Before the lesson</th><th scope="col">After the lesson</th></tr></thead>
<tbody>
<#list dashboard.means as m><tr><th scope="row">${m.lesson}</th><td class="num">${m.before}</td><td class="num">${m.after}</td></tr></#list>
</tbody>
</table>
<#else>
<p>No quiz was taken in the period.</p>
</#if>

<h2>Download</h2>
<p><a href="/staff/dashboard.csv${query}" download>These figures as CSV</a><#if dashboard.suppressed> (small counts hidden, as here)</#if></p>
</@layout.page>
