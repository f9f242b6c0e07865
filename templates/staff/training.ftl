<#ftl output_format="HTML" strip_whitespace=true>
<#-- A member of staff's training: where they stand, the course's pages, the quiz, and their own completions. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<#import "/staff/_training.ftl" as t>
<@layout.page title="Training">
<@s.bar staff/>
<h1>Training</h1>
<@t.status status/>
<p>The trust's cyber-bullying policy asks every member of staff to be trained to identify the signs of cyber-bullying and to keep up to date (policy 3.3). The training is a short course of ${course.pages?size} pages and a quiz. You pass with ${passMark}% of the questions right; a pass stays current for ${refresher}.</p>
<h2>1. Read the course</h2>
<ol class="page-list" id="course-pages">
<#list course.pages as page><li class="page-list__item"><a class="page-list__link" href="${page.url}">${page.title}</a></li></#list>
</ol>
<h2>2. Take the quiz</h2>
<p>${course.title}: about ten minutes. You see which answers were right, and why, as soon as you finish. You can take it again at any time.</p>
<p><a class="button" href="/staff/training/quiz">Take the training quiz</a></p>
<#if readsMatrix><p><a href="/staff/training/matrix">Training matrix: who is current, overdue or never trained</a></p></#if>
<h2>Your completions</h2>
<#if completions?has_content>
<table id="my-completions">
<caption class="visually-hidden">Each time you completed the training quiz</caption>
<thead><tr><th scope="col">Date (UTC)</th><th scope="col">Score</th><th scope="col">Result</th><th scope="col">Course version</th></tr></thead>
<tbody>
<#list completions as c>
<tr><th scope="row"><a href="/staff/training/records/${c.id}">${c.completedOn}</a></th><td>${c.score} out of ${c.maxScore}</td><td><#if c.passed>Passed<#else>Below the pass mark</#if></td><td><span class="code">${c.courseVersion}</span></td></tr>
</#list>
</tbody>
</table>
<#else>
<p>None yet.</p>
</#if>
</@layout.page>
