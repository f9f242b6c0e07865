<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Reviews with parents (policy 1, 3.4): documents due for review (within dueWithin days) or overdue, every
  document's next review date, and the anonymous comments on each code of conduct, each marked considered by a CSRF POST.
  Model: clausesToReview (policy number -> says, source, checked), due, documents (url, title, nextReview, overdue, due), today, dueWithin, titles (URL -> title), comments (URL -> list), saved, academyNames, staff.
-->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Reviews with parents">
<@s.bar staff/>
<h1>Reviews with parents</h1>
<#if saved><p class="notice" role="status">The comment is marked considered.</p></#if>
<h2 id="clauses-title">Clauses to review</h2>
<#if clausesToReview?has_content>
<p>Where the trust's policy says something narrower than, or different from, current law or guidance. The policy keeps the trust's words, with a note beside each of these clauses, until the trust reviews them.</p>
<ul class="clauses-to-review">
<#list clausesToReview as number, note>
<li><a href="/policy/#clause-${number}">Clause ${number}</a>: ${note.says} <span class="review-note__source">(${note.source}; checked on <time datetime="${note.checked}">${note.checked}</time>.)</span></li>
</#list>
</ul>
<#else>
<p>None: no clause of the policy is marked as differing from current guidance.</p>
</#if>
<h2 id="due-title">Due or overdue for review</h2>
<p>Documents whose next review date is past, or falls within ${dueWithin} days of today (${today}).</p>
<#if due?has_content>
<ul class="review-due">
<#list due as d><li><a href="${d.url}">${d.title}</a>: <#if d.overdue><strong>overdue</strong>, was due<#else>due</#if> <time datetime="${d.nextReview}">${d.nextReview}</time></li></#list>
</ul>
<#else>
<p>None: no document is due for review in the next ${dueWithin} days.</p>
</#if>
<h2 id="documents-title">Every document's next review</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="documents-title">
<table class="reviews">
<thead><tr><th scope="col">Document</th><th scope="col">Next review</th></tr></thead>
<tbody>
<#list documents as d><tr><th scope="row"><a href="${d.url}">${d.title}</a></th><td><time datetime="${d.nextReview}">${d.nextReview}</time><#if d.overdue> (overdue)<#elseif d.due> (due)</#if></td></tr></#list>
</tbody>
</table>
</div>
<h2 id="comments-title">Comments from parents and pupils</h2>
<p>Anonymous comments sent from the codes of conduct. <#if staff.hasAcademy>You see those about your school and those about the whole trust.<#else>You see every school's.</#if></p>
<#if comments?has_content>
<#list comments as url, list>
<h3>${titles[url]!url}</h3>
<ul class="comments">
<#list list as c>
<li class="comment" id="comment-${c.id}">
<p class="comment__from">${(c.writer == "PARENT")?then("Parent or carer", "Pupil")}, <#if c.academySlug?has_content>${academyNames[c.academySlug]!c.academySlug}<#else>the whole trust</#if>, ${c.receivedDay}</p>
<p class="reporter-text">${c.body}</p>
<#if c.consideredBy?has_content>
<p class="comment__state"><strong>Considered</strong> by ${c.consideredBy}, ${c.consideredWhen()} UTC</p>
<#else>
<form method="post" action="/staff/reviews/comments/${c.id}/considered">
<input type="hidden" name="csrf" value="${staff.csrf}">
<button class="button button--secondary" type="submit" id="consider-${c.id}">Mark considered<span class="visually-hidden">: comment of ${c.receivedDay}</span></button>
</form>
</#if>
</li>
</#list>
</ul>
</#list>
<#else>
<p>No comments yet.</p>
</#if>
</@layout.page>
