<#ftl output_format="HTML" strip_whitespace=true>
<#-- The report form (GET and POST /report/form/, /<code>/report/form/): anonymous, phone-first, works without JavaScript. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<#import "/macros/words.ftl" as words>
<@layout.page title=words.w("report.form.title") description=words.w("report.form.description")>
<h1>${words.w("report.form.title")}</h1>
<p class="lede">${words.w("report.form.lede")}</p>
<div class="notice notice--hours">
<#if sameHours?has_content>
<p>${words.fill("report.form.readOn", sameHours)}</p>
<#else>
<p>${words.w("report.form.readAt")}</p>
<ul><#list academyHours as a><li>${words.fill("report.form.readAtSchool", a.name, a.hours)}</li></#list></ul>
<p>${words.w("report.form.notEmergency")}</p>
</#if>
<#assign dangerLink><a href="${langPrefix}/report/">${words.w("report.form.dangerLink")}</a></#assign>
<p>${words.fill("report.form.danger", dangerLink)}</p>
</div>
<#assign hrefs = {"danger": "danger-yes", "role": "role-pupil", "category": "category-messages", "ongoing": "ongoing-yes"}>
<@f.errorSummary errors=errors hrefs=hrefs/>
<#if errors?has_content && !(errors.evidence??)><p class="notice">${words.w("report.form.filesNotKept")}</p></#if>
<form class="report-form" method="post" action="${langPrefix}/report/form/" enctype="multipart/form-data" novalidate>
<@f.choices name="danger" legend=words.w("report.form.danger.legend") options=dangerChoices values=[form.danger] error=errors.danger!""/>
<@f.choices name="role" legend=words.w("report.form.role.legend") options=roles values=[form.role] error=errors.role!""/>
<@f.select name="academy" label=words.w("report.form.academy.label") options=academyChoices value=form.academy placeholder=words.w("report.form.academy.placeholder") error=errors.academy!""/>
<@f.choices name="category" legend=words.w("report.form.category.legend") options=categories values=form.categories multiple=true hint=words.w("report.form.category.hint") error=errors.category!""/>
<@f.input name="location" label=words.w("report.form.location.label") value=form.location hint=words.w("report.form.location.hint") error=errors.location!"" maxlength=200/>
<@f.input name="started" label=words.w("report.form.started.label") value=form.started hint=words.w("report.form.started.hint") error=errors.started!"" maxlength=100/>
<@f.choices name="ongoing" legend=words.w("report.form.ongoing.legend") options=ongoingChoices values=[form.ongoing] error=errors.ongoing!""/>
<@f.textarea name="description" label=words.w("report.form.description.label") value=form.description hint=words.w("report.form.description.hint") error=errors.description!"" rows=8/>
<@f.textarea name="involved" label=words.w("report.form.involved.label") value=form.involved hint=words.w("report.form.involved.hint") error=errors.involved!"" rows=3/>
<@f.textarea name="links" label=words.w("report.form.links.label") value=form.links hint=words.w("report.form.links.hint") error=errors.links!"" rows=3/>
<@f.file name="evidence" label=words.w("report.form.evidence.label") hint=words.w("report.form.evidence.hint") error=errors.evidence!"" accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"/>
<@f.input name="replyAlertEmail" label=words.w("report.form.replyAlertEmail.label") value=form.replyAlertEmail type="email" autocomplete="email" maxlength=254 hint=words.w("report.form.replyAlertEmail.hint") error=errors.replyAlertEmail!""/>
<div class="trap" aria-hidden="true">
<label for="website">${words.w("report.form.trap")}</label>
<input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
</div>
<button class="button" type="submit">${words.w("report.form.button")}</button>
</form>
<h2>${words.w("report.form.talkTitle")}</h2>
<p>${words.w("report.form.talkText")}</p>
<ul class="contacts contacts--main">
<#list trust.academies as academy>
<li class="contacts__academy">
<h3>${academy.name}</h3>
<#assign dslEmail><a href="mailto:${academy.dsl.email}">${academy.dsl.email}</a></#assign>
<#assign schoolPhone><a href="tel:${academy.phone?replace(' ', '')}">${academy.phone}</a></#assign>
<p>${words.fill("report.form.talkContact", academy.dsl.name, dslEmail, schoolPhone)}</p>
</li>
</#list>
</ul>
<#assign checkOn><a href="${langPrefix}/report/follow-up/">${words.w("report.checkOnLink")}</a></#assign>
<p>${words.fill("report.form.already", checkOn)}</p>
</@layout.page>
