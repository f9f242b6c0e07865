<#ftl output_format="HTML" strip_whitespace=true>
<#-- The report form (GET and POST /report/form/): anonymous, phone-first, works without JavaScript. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<@layout.page title="Tell the school" description="Tell the school about cyber-bullying or a malicious post. You do not have to give your name.">
<h1>Tell the school</h1>
<p class="lede">Tell us what is happening. You do not have to give your name, and we do not record who you are.</p>
<div class="notice notice--hours">
<#if sameHours?has_content>
<p>Reports are read on ${sameHours}. This is not an emergency service.</p>
<#else>
<p>Reports are read:</p>
<ul><#list academyHours as a><li>at ${a.name}: on ${a.hours}</li></#list></ul>
<p>This is not an emergency service.</p>
</#if>
<p>If someone is in danger now, <a href="/report/">see who can help straight away</a>.</p>
</div>
<#assign hrefs = {"danger": "danger-yes", "role": "role-pupil", "category": "category-messages", "ongoing": "ongoing-yes"}>
<@f.errorSummary errors=errors hrefs=hrefs/>
<#if errors?has_content && !(errors.evidence??)><p class="notice">For your safety, files you chose are not kept when there is a problem: please choose them again.</p></#if>
<form class="report-form" method="post" action="/report/form/" enctype="multipart/form-data" novalidate>
<@f.choices name="danger" legend="Is anyone in danger right now?" options=dangerChoices values=[form.danger] error=errors.danger!""/>
<@f.choices name="role" legend="Who is making this report?" options=roles values=[form.role] error=errors.role!""/>
<@f.select name="academy" label="Which school is this about?" options=academyChoices value=form.academy placeholder="Choose a school" error=errors.academy!""/>
<@f.choices name="category" legend="What happened?" options=categories values=form.categories multiple=true hint="Choose all that fit." error=errors.category!""/>
<@f.input name="location" label="Where did it happen? (optional)" value=form.location hint="The app, game or website, for example a group chat or a social network." error=errors.location!"" maxlength=200/>
<@f.input name="started" label="When did it start? (optional)" value=form.started hint="A date, or something like \"last week\" or \"since September\"." error=errors.started!"" maxlength=100/>
<@f.choices name="ongoing" legend="Is it still happening?" options=ongoingChoices values=[form.ongoing] error=errors.ongoing!""/>
<@f.textarea name="description" label="What happened?" value=form.description hint="In your own words. Say what was sent or posted, and how it made you or the person it is about feel." error=errors.description!"" rows=8/>
<@f.textarea name="involved" label="Who is involved? (optional)" value=form.involved hint="Names or usernames, if you know them. It is fine if you do not." error=errors.involved!"" rows=3/>
<@f.textarea name="links" label="Links to the messages or posts (optional)" value=form.links hint="Web addresses, one on each line, starting with https://." error=errors.links!"" rows=3/>
<@f.file name="evidence" label="Screenshots or other files (optional)" hint="Up to 5 pictures (PNG, JPEG, GIF or WebP) or PDF files, each up to 10 MB. Before school staff see a file, we remove the hidden details in it: where a photo was taken (its location), the camera or phone, and names and dates. Never send a nude or sexual picture of anyone under 18: tell an adult instead." error=errors.evidence!"" accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"/>
<@f.input name="replyAlertEmail" label="Your e-mail address, to hear when the school replies (optional)" value=form.replyAlertEmail type="email" autocomplete="email" maxlength=254 hint="Only if you want an e-mail that says \"You have a reply: use your code\", and nothing else. We keep the address encrypted, school staff never see it, and we delete it when the case is closed. Use an address only you read. Without one, you can still check for replies with your code." error=errors.replyAlertEmail!""/>
<div class="trap" aria-hidden="true">
<label for="website">Leave this empty</label>
<input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
</div>
<button class="button" type="submit">Send report</button>
</form>
<h2>Prefer to talk to someone?</h2>
<p>You can tell any adult you trust at school, or contact the Designated Safeguarding Lead (DSL) directly:</p>
<ul class="contacts contacts--main">
<#list trust.academies as academy>
<li class="contacts__academy">
<h3>${academy.name}</h3>
<p>${academy.dsl.name}, <a href="mailto:${academy.dsl.email}">${academy.dsl.email}</a>, or call the school on <a href="tel:${academy.phone?replace(' ', '')}">${academy.phone}</a>.</p>
</li>
</#list>
</ul>
<p>Already sent a report? <a href="/report/follow-up/">Check on your report</a> with its reference and code.</p>
</@layout.page>
