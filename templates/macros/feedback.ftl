<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The anonymous feedback form on a code of conduct (policy 3.4: the code is reviewed with parents).
  form params: documents (hash: page URL -> title; with one, it is a hidden field), document (the chosen URL),
  academies (hash: slug -> name), values (hash: field -> what was typed), errors (hash: field -> message).
  Posts to the service at /feedback/, which shows the form again with its problems, or a thank-you page.
-->
<#import "/macros/form.ftl" as f>
<#macro form documents document academies values={} errors={}>
<section class="feedback" aria-labelledby="feedback-title">
<h2 id="feedback-title">Tell us what you think of this code</h2>
<p>Parents, carers and pupils: the school reviews its code of conduct with you, and the Principal reads every comment before the next review.</p>
<p>Your comment is anonymous. We keep only what you write, whether you are a parent or a pupil, the school (if you choose one) and the day it was sent. Please do not write anyone's name. To report bullying, use <a href="/report/">the report form</a> instead.</p>
<form class="feedback-form" method="post" action="/feedback/" novalidate>
<#if documents?size == 1>
<input type="hidden" name="document" value="${document}">
<#else>
<@f.select name="document" label="Which code is your comment about?" options=documents value=document placeholder="Choose the code" error=errors.document!""/>
</#if>
<@f.choices name="who" legend="Are you a parent or carer, or a pupil?" options={"PARENT": "Parent or carer", "PUPIL": "Pupil"}
  values=[values.who!""] error=errors.who!""/>
<@f.select name="academy" label="Which school is your comment about? (optional)" options=academies value=values.academy!""
  placeholder="All the trust's schools" error=errors.academy!""/>
<@f.textarea name="comment" label="Your comment" value=values.comment!"" rows=5 hint="Up to 2,000 characters." error=errors.comment!""/>
<button class="button" type="submit">Send your comment</button>
</form>
</section>
</#macro>
