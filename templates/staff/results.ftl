<#ftl output_format="HTML" strip_whitespace=true>
<#-- The quizzes, each with its number of attempts within what this member of staff may see. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_results.ftl" as r>
<@layout.page title="Quiz results">
<@s.bar staff/>
<h1>Quiz results</h1>
<p>How pupils answered each lesson's quiz (${staff.academy}). No pupil is ever named: an attempt counts for a class only when the pupil typed its class code.</p>
<@r.olderVersions/>
<p><a href="/staff/results/strands">Facility by strand and age band, across every quiz</a></p>
<table class="results-table results-list">
<caption class="visually-hidden">Quizzes and their attempts</caption>
<thead><tr><th scope="col">Quiz</th><th scope="col">Attempts on the current version</th><th scope="col">Attempts on every version</th></tr></thead>
<tbody>
<#list quizzes as q>
<tr>
<th scope="row"><a href="/staff/results/${q.id}">${q.title}</a><#if !q.currentVersion?has_content> (no longer on the site)</#if></th>
<td>${q.currentAttempts}</td>
<td>${q.allAttempts}</td>
</tr>
</#list>
</tbody>
</table>
</@layout.page>
