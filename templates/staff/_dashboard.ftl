<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Pieces of the monitoring dashboard.
  countTable params: table (monitoring.CountTable: columns, rows with label, cells, total), id (the heading it sits under),
  caption (what the table holds), corner (the heading of the row labels).
  barChart params: chart (monitoring.BarChart), id (unique), title (what the bars count). Each bar carries its count
  as text, so the chart reads without colour; the same numbers are in the table under it.
-->
<#macro countTable table id caption corner>
<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
<table class="results-table dashboard-table" id="${id}-table">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">${corner}</th><#list table.columns as column><th scope="col">${column}</th></#list></tr></thead>
<tbody>
<#list table.rows as row>
<tr<#if row.total> class="dashboard-table__total"</#if>><th scope="row">${row.label}</th><#list row.cells as cell><td class="num">${cell}</td></#list></tr>
</#list>
</tbody>
</table>
</div>
</#macro>

<#macro barChart chart id title>
<figure class="chart chart--bars">
<svg class="chart__svg" viewBox="0 0 ${chart.width?c} ${chart.height?c}" role="img" aria-labelledby="${id}-title">
<title id="${id}-title">${title}: <#list chart.bars as b>${b.label} ${b.text}<#sep>, </#list></title>
<#list chart.bars as b>
<text class="chart__label" x="0" y="${b.labelY?c}">${b.label}</text>
<#if b.barWidth gt 0><rect class="chart__bar" x="0" y="${b.barY?c}" width="${b.barWidth?c}" height="${b.barHeight?c}"/></#if>
<text class="chart__count" x="${b.textX?c}" y="${b.textY?c}">${b.text}</text>
</#list>
</svg>
<figcaption>${title}. The numbers are also in the table below.</figcaption>
</figure>
</#macro>
