<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Support and fair treatment on the case page (policy sections 8 and 10): the support plan for the person
  harmed, the people involved with any sanctions or restorative work, and the finding. A pupil accused is
  "alleged" until the finding is upheld. Reads: support, people, roleLabels, measures, finding, upheld,
  personRoles, findings, measureKinds, intentions, and what staff/_case-work.ftl reads.
-->
<#import "/macros/form.ftl" as f>
<#import "/staff/_case-work.ftl" as cw>

<#macro supportPlan>
<#if support?has_content>
<h2 id="support-title">Support plan for the person harmed</h2>
<p class="hint">Policy section 8. Record each item when it is done, or why it does not apply. Support goes on as long as the child needs it, so open items do not hold up closing the case.</p>
<ol class="checklist">
<#list support as a><@cw.item a/></#list>
</ol>
</#if>
</#macro>

<#macro peopleInvolved>
<h2 id="people-title">People involved</h2>
<p class="hint">Staff only, never shown to the reporter.<#if !upheld> A pupil accused is an alleged perpetrator until the case records a finding of upheld (policy 10.1).</#if></p>
<#if people?has_content>
<ul class="people">
<#list people as p>
<li class="person" id="person-${p.id}">
<h3 class="person__name">${p.name}<#if p.classYear?has_content>, ${p.classYear}</#if></h3>
<p class="person__role"><strong>${roleLabels[p.id]}</strong></p>
<p class="hint">Added by ${p.addedBy}, ${p.when} UTC</p>
<#if measures[p.id]??>
<ul class="measures">
<#list measures[p.id] as m><li><strong>${measureKinds[m.kind]!m.kind}</strong> (aim: ${intentions[m.intention]!m.intention}): <span class="reporter-text">${m.note}</span> <span class="hint">${m.recordedBy}, ${m.when} UTC</span></li></#list>
</ul>
</#if>
<#if canChange && p.role == "ALLEGED_PERPETRATOR"><@measureForm p/></#if>
</li>
</#list>
</ul>
<#else>
<p>No one recorded yet.</p>
</#if>
<#if canChange>
<h3 id="add-person-title">Add a person</h3>
<form method="post" action="/staff/cases/${report.reference}/people" novalidate>
<@cw.csrf/>
<@f.input name="person-name" label="Name or initials" value=cw.typedValue("person-name") error=errors["person-name"]!"" maxlength=100/>
<@f.select name="person-role" label="Part in what happened" options=personRoles value=cw.typedValue("person-role")
  placeholder="Choose their part" error=errors["person-role"]!""/>
<@f.input name="person-class" label="Class or year (optional)" value=cw.typedValue("person-class") error=errors["person-class"]!"" maxlength=40/>
<button class="button button--secondary" type="submit" id="person-button">Add the person</button>
</form>
</#if>
<@findingPart/>
</#macro>

<#-- Sanctions and restorative work for one pupil, against the aims of policy 10.2. -->
<#macro measureForm p>
<#local suffix = "-" + p.id>
<form method="post" action="/staff/cases/${report.reference}/people/${p.id}/measures" novalidate>
<@cw.csrf/>
<@f.select name="measure-kind" + suffix label="Sanction or restorative work for ${p.name}" options=measureKinds value=cw.typedValue("measure-kind" + suffix)
  placeholder="Choose" error=errors["measure-kind" + suffix]!""/>
<@f.select name="measure-intention" + suffix label="Aim (policy 10.2)" options=intentions value=cw.typedValue("measure-intention" + suffix)
  placeholder="Choose the aim" error=errors["measure-intention" + suffix]!""/>
<@f.textarea name="measure-note" + suffix label="What it was" value=cw.typedValue("measure-note" + suffix) rows=2
  hint="Decided case by case, in line with the anti-bullying policy." error=errors["measure-note" + suffix]!""/>
<button class="button button--secondary" type="submit" id="measure-button-${p.id}">Record<span class="visually-hidden"> for ${p.name}</span></button>
</form>
</#macro>

<#macro findingPart>
<h2 id="finding-title">Finding</h2>
<#if finding??>
<p id="finding-recorded"><strong>${findings[finding.finding]!finding.finding}</strong>, recorded by ${finding.recordedBy}, ${finding.when} UTC</p>
<p class="reporter-text">${finding.note}</p>
<#else>
<p id="finding-recorded">No finding yet.</p>
</#if>
<#if canChange>
<form method="post" action="/staff/cases/${report.reference}/finding" novalidate>
<@cw.csrf/>
<@f.select name="finding" label="Finding" options=findings value=cw.typedValue("finding") placeholder="Choose the finding"
  hint="Whether it was established who was responsible. Apart from the outcome given at closing; it may be changed until the case closes."
  error=errors.finding!""/>
<@f.textarea name="finding-note" label="What the finding rests on" value=cw.typedValue("finding-note") rows=2 error=errors["finding-note"]!""/>
<button class="button button--secondary" type="submit" id="finding-button">Record the finding</button>
</form>
</#if>
</#macro>
