<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Staff training pieces shared by the training pages and the staff home.
  status params: status (state CURRENT, OVERDUE or NEVER; label; dueOn; lastPass and lastAttempt, completions or empty).
  updates params: updates (the latest staff updates: title, path, day, summary).
-->
<#macro status status>
<#if status.state == "CURRENT">
<p class="notice" id="training-status">Your training is <strong>current</strong>: last completed on <time datetime="${status.lastPass.completedOn}">${status.lastPass.completedOn}</time> (${status.lastPass.score} out of ${status.lastPass.maxScore}); the refresher is due by <time datetime="${status.dueOn}">${status.dueOn}</time>.</p>
<#elseif status.state == "OVERDUE">
<p class="notice" id="training-status">Your training is <strong>overdue</strong>: last completed on <time datetime="${status.lastPass.completedOn}">${status.lastPass.completedOn}</time>, and the refresher was due by <time datetime="${status.dueOn}">${status.dueOn}</time>. <a href="/staff/training">Take the refresher</a>.</p>
<#else>
<p class="notice" id="training-status">You have <strong>not completed</strong> the cyber-bullying training yet<#if status.lastAttempt.completedOn??> (your last attempt, on ${status.lastAttempt.completedOn}, scored ${status.lastAttempt.score} out of ${status.lastAttempt.maxScore}, below the pass mark)</#if>. <a href="/staff/training">Start the training</a>.</p>
</#if>
</#macro>

<#macro updates updates>
<section aria-labelledby="staff-updates">
<h2 id="staff-updates">Staff updates</h2>
<#if updates?has_content>
<ul class="page-list">
<#list updates as update>
<li class="page-list__item"><a class="page-list__link" href="${update.path}">${update.title}</a>
<p><time datetime="${update.day}">${update.day}</time>: ${update.summary}</p></li>
</#list>
</ul>
<p><a href="/staff-updates/">All staff updates</a> (also as an <a href="/staff-updates/feed.xml">Atom feed</a>)</p>
<#else>
<p>No staff updates yet.</p>
</#if>
</section>
</#macro>
