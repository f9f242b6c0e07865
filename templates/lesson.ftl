<#ftl output_format="HTML" strip_whitespace=true>
<#-- A lesson's page for pupils (type=lesson): written for its age band, then its activities and "What to do" box, ending with the quiz. The teachers' plan is at the same name under /teaching/. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/quiz.ftl" as quizForm>
<#import "/macros/activity.ftl" as activity>
<#assign teacherPlan = url?replace("/lessons/", "/teaching/", "f")>
<@layout.page title=content.title description=content.summary!"">
<h1>${content.title}</h1>
<p class="lede">${content.summary}</p>
<#if quizzes[url]??><p class="to-quiz"><a href="#quiz">Go to the quiz</a></p></#if>
<dl class="facts">
<div><dt>For ages</dt><dd>${content.ageBand?replace("-", " to ")}</dd></div>
<div><dt>Takes about</dt><dd>${content.duration} minutes</dd></div>
</dl>
<div class="prose">
${content.body?no_esc}
</div>
<#if (activities[url])??>
<@activity.activities lesson=activities[url]/>
<@activity.ifItHappens steps=activities[url].ifItHappens help=helpServices/>
</#if>
<#if quizzes[url]??>
<@quizForm.form quiz=quizzes[url] academies=trust.academies/>
</#if>
<p class="for-teachers">For teachers: <a href="${teacherPlan}">the lesson plan</a>, with timings, answers and notes.</p>
<@layout.reviewed content/>
</@layout.page>
