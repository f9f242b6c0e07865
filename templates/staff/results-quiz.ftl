<#ftl output_format="HTML" strip_whitespace=true>
<#-- One quiz version's results: summary, score distribution (SVG and table), questions, classes before and after, downloads, versions. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_results.ftl" as r>
<#setting locale="en_GB">
<@layout.page title=content.title>
<@s.bar staff/>
<p><a href="/staff/results">All quizzes</a></p>
<h1>${content.title}</h1>
<#if report?has_content>
<p>Version <strong class="code">${report.version}</strong><#if report.current> (the current version)<#else> (an older version: the quiz has changed since)</#if>. Results are always for one version, never mixed: <a href="#versions">other versions</a> are listed at the end.</p>
</#if>
<@r.olderVersions/>
<@r.filters action="/staff/results/${quizId}" typed=typed errors=errors allAcademies=allAcademies academies=academies classOptions=classOptions version=(report?has_content)?then(report.version, "")/>
<#if report?has_content>
<#assign sum = report.summary>
<h2>Summary</h2>
<#if sum.smallSample>
<div class="warning small-sample">
<p><strong>Small sample:</strong> only ${sum.attempts} attempt<#if sum.attempts != 1>s</#if>. With fewer than ${smallSampleBelow}, a few more pupils can change these figures a lot: read them as a hint, not a verdict.</p>
</div>
</#if>
<dl class="figures">
<div><dt>Attempts</dt><dd>${sum.attempts}</dd></div>
<div><dt>Mean score</dt><dd>${r.fig(sum.mean, 1)} out of ${sum.maxScore}</dd></div>
<div><dt>Median score</dt><dd>${r.fig(sum.median, 1)} out of ${sum.maxScore}</dd></div>
<div><dt>Cronbach's alpha</dt><dd>${r.fig(sum.alpha)}</dd></div>
</dl>
<p class="hint">Counted: <#if typed.stage == "before">attempts before the lesson only<#elseif typed.stage == "after">attempts after the lesson only<#else>every attempt, before and after the lesson</#if>. A figure shown as — cannot be worked out from these attempts (none yet, or all the same).</p>

<h2 id="distribution">Score distribution</h2>
<figure class="chart">
<svg class="chart__svg" viewBox="0 0 ${chart.width?c} ${chart.height?c}" role="img" aria-labelledby="chart-title">
<title id="chart-title">Number of attempts at each score out of ${sum.maxScore}: <#list chart.bars as b>${b.score} scored by ${b.count}<#sep>, </#list></title>
<line class="chart__axis" x1="0" y1="${chart.baseline?c}" x2="${chart.width?c}" y2="${chart.baseline?c}"/>
<#list chart.bars as b>
<#if b.barHeight gt 0><rect class="chart__bar" x="${b.x?c}" y="${b.y?c}" width="${b.barWidth?c}" height="${b.barHeight?c}"/></#if>
<text class="chart__count" x="${b.middle?c}" y="${(b.y - 6)?c}" text-anchor="middle">${b.count}</text>
<text class="chart__score" x="${b.middle?c}" y="${(chart.baseline + 20)?c}" text-anchor="middle">${b.score}</text>
</#list>
<text class="chart__label" x="${(chart.width / 2)?c}" y="${(chart.height - 4)?c}" text-anchor="middle">Score</text>
</svg>
<figcaption>Bars: how many attempts got each score (the number above each bar). The same numbers are in the table.</figcaption>
</figure>
<table class="results-table distribution">
<caption>Attempts at each score</caption>
<thead><tr><th scope="col">Score (out of ${sum.maxScore})</th><th scope="col">Attempts</th></tr></thead>
<tbody><#list chart.bars as b><tr><th scope="row">${b.score}</th><td>${b.count}</td></tr></#list></tbody>
</table>

<h2 id="questions">Questions</h2>
<p>Facility: the fraction who got the question right. Discrimination: how well the question tells apart pupils who did well on the rest of the quiz. A question is flagged for review when its facility is above 0.9 or below 0.3, or its discrimination below 0.2.</p>
<div class="table-scroll" role="region" aria-labelledby="questions" tabindex="0">
<table class="results-table question-figures">
<caption class="visually-hidden">Figures for each question</caption>
<thead><tr><th scope="col">Question</th><th scope="col">Strand</th><th scope="col">Facility</th><th scope="col">Discrimination</th><th scope="col">Review</th><th scope="col">Wrong answer chosen most</th><th scope="col">Misconceptions chosen</th></tr></thead>
<tbody>
<#list sum.questions as q>
<tr<#if q.flags?has_content> class="question-figures__flagged"</#if>>
<th scope="row">${q.number}. ${q.text}</th>
<td>${q.strand!""}</td>
<td class="num">${r.fig(q.facility)}</td>
<td class="num">${r.fig(q.discrimination)}</td>
<td><#if q.flags?has_content><ul class="plain-list"><#list q.flags as flag><li><strong>Review:</strong> ${flag}</li></#list></ul><#else>No flag</#if></td>
<td><#if q.mostChosenWrong?has_content>“${q.mostChosenWrong.text}”, chosen ${q.mostChosenWrong.chosen} time<#if q.mostChosenWrong.chosen != 1>s</#if><#else>—</#if></td>
<td><#if q.misconceptions?has_content><ul class="plain-list"><#list q.misconceptions as m><li>${m.name}: ${m.chosen}</li></#list></ul><#else>—</#if></td>
</tr>
</#list>
</tbody>
</table>
</div>

<h2 id="classes">Before and after the lesson, per class</h2>
<p>For each class code: the mean score of the attempts made before the lesson (baseline) and after it (endpoint), counting every attempt whatever the filter above says about before or after. The normalised gain is worked out from these class means: (endpoint mean − baseline mean) ÷ (maximum score − baseline mean), the share of the room for improvement the class gained. Pupils are never linked between attempts. It shows — without a baseline or an endpoint, or when the baseline was already full marks.</p>
<#if report.gains?has_content>
<div class="table-scroll" role="region" aria-labelledby="classes" tabindex="0">
<table class="results-table class-gains">
<caption class="visually-hidden">Baseline and endpoint means and normalised gain per class</caption>
<thead><tr><th scope="col">Class</th><th scope="col">Attempts before</th><th scope="col">Baseline mean</th><th scope="col">Attempts after</th><th scope="col">Endpoint mean</th><th scope="col">Normalised gain</th></tr></thead>
<tbody>
<#list report.gains as g>
<tr><th scope="row">${g.classLabel} <span class="code">${g.classCode}</span></th><td class="num">${g.baselineAttempts}</td><td class="num">${r.fig(g.baselineMean, 1)}</td><td class="num">${g.endpointAttempts}</td><td class="num">${r.fig(g.endpointMean, 1)}</td><td class="num">${r.fig(g.gain)}</td></tr>
</#list>
</tbody>
</table>
</div>
<#else>
<p>No attempt here was made with a class code.</p>
</#if>

<h2>Download</h2>
<ul>
<li><a href="/staff/results/${quizId}/attempts.csv?${versionQuery}" download>Attempts as CSV</a> (one row an attempt)</li>
<li><a href="/staff/results/${quizId}/questions.csv?${versionQuery}" download>Question figures as CSV</a> (one row a question)</li>
</ul>

<h2 id="versions">Versions</h2>
<p>Editing a quiz's questions or answers makes a new version; each version keeps its own results.</p>
<table class="results-table versions">
<caption class="visually-hidden">Versions of this quiz</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Attempts</th><th scope="col">Taken (UTC hours)</th></tr></thead>
<tbody>
<#list report.versions as v>
<tr>
<th scope="row"><#if v.version == report.version><span class="code">${v.version}</span> (shown)<#else><a class="code" href="/staff/results/${quizId}?${"version=" + v.version + filterQuery?has_content?then("&" + filterQuery, "")}">${v.version}</a></#if><#if v.current> current</#if></th>
<td>${v.attempts}</td>
<td><#if v.firstHour?has_content>${v.firstHour?replace("T", " ")}:00 to ${v.lastHour?replace("T", " ")}:00<#else>—</#if></td>
</tr>
</#list>
</tbody>
</table>
</#if>
</@layout.page>
