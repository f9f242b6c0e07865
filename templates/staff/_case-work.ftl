<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The case work parts of the case page. Each form posts to its own path under the case, carries the
  CSRF token, and on a problem comes back with the error summary, field errors and what was typed.
  Reads from the model: report, work, statusLabel, actions, openActions, chosenSections, sectionChoices,
  reporterMessages (the messages with the reporter), notes, assignees, outcomes, canChange (DSL or Principal, case not closed), canWrite, errors, typed, saved, staff,
  reviewNotes (policy number -> where current guidance differs from the action the checklist copies).
-->
<#import "/macros/form.ftl" as f>
<#import "/macros/review-note.ftl" as review>

<#function typedValue field><#return (typed[field][0])!""></#function>

<#macro csrf><input type="hidden" name="csrf" value="${staff.csrf}"></#macro>

<#macro savedNotice>
<#local done = {"triage": "The checklist is set.", "actions": "The action is recorded.", "close": "The case is closed.",
  "messages": "Your message is sent: the reporter sees it on the follow-up page.", "notes": "The note is added.",
  "assign": "The case is assigned.", "people": "The person is added.", "people-measures": "It is recorded for the pupil.",
  "finding": "The finding is recorded."}>
<#if done[saved]??><p class="notice" role="status">${done[saved]}</p></#if>
</#macro>

<#-- What is still to do: triage, the open actions, closing. -->
<#macro toDo>
<section class="to-do" aria-labelledby="to-do-title">
<h2 id="to-do-title">Still to do</h2>
<#if report.status == "CLOSED">
<p>Nothing: the case is closed. Outcome: <strong>${outcomes[work.outcome]!work.outcome}</strong>.</p>
<p class="reporter-text">${work.outcomeNote!""}</p>
<#elseif report.status == "RECEIVED">
<p>Triage the case: choose which part of the policy applies (<a href="#triage-title">triage</a>).</p>
<#elseif openActions?has_content>
<ul class="to-do__list">
<#list openActions as a><li><a href="#action-${a.fieldId}">${a.number} ${a.label}</a> (${a.who})</li></#list>
</ul>
<#else>
<p>Every action is recorded: <a href="#close-title">close the case</a> with its outcome.</p>
</#if>
</section>
</#macro>

<#-- One item of a checklist (the policy's required actions, or the support plan): open with its form, or recorded by whom and when. -->
<#macro item a>
<li class="checklist__item checklist__item--${a.state?lower_case?replace("_", "-")}" id="action-${a.fieldId}">
<h3 class="checklist__title">${a.number} ${a.label}</h3>
<p class="hint">Usually: ${a.who}</p>
<#if (reviewNotes[a.number])??><@review.note number=a.number note=reviewNotes[a.number]/></#if>
<#if a.open>
<p class="checklist__state"><strong>Open</strong></p>
<#if canChange>
<#local field = "note-" + a.fieldId>
<form method="post" action="/staff/cases/${report.reference}/actions/${a.number}" novalidate>
<@csrf/>
<@f.textarea name=field label="Note on ${a.number}" value=typedValue(field) rows=2
  hint="What was done (optional), or why this does not apply (required for not applicable)." error=errors[field]!""/>
<div class="button-row">
<button class="button" type="submit" name="state" value="DONE" id="done-${a.fieldId}">Done<span class="visually-hidden">: ${a.number}</span></button>
<button class="button button--secondary" type="submit" name="state" value="NOT_APPLICABLE" id="not-applicable-${a.fieldId}">Not applicable<span class="visually-hidden">: ${a.number}</span></button>
</div>
</form>
</#if>
<#else>
<p class="checklist__state"><strong><#if a.state == "DONE">Done<#else>Not applicable</#if></strong> by ${a.recordedBy!"?"}, ${a.when} UTC</p>
<#if a.note?has_content><p class="reporter-text"><#if a.state != "DONE">Reason: </#if>${a.note}</p></#if>
</#if>
</li>
</#macro>

<#macro checklist>
<#if report.status == "RECEIVED" || (canChange && sectionChoices?has_content)>
<h2 id="triage-title"><#if report.status == "RECEIVED">Triage<#else>Add a section of the policy</#if></h2>
<#if canChange>
<form method="post" action="/staff/cases/${report.reference}/triage" novalidate>
<@csrf/>
<@f.choices name="sections" legend="Which required actions of the policy apply?" options=sectionChoices values=typed["sections"]![] multiple=true
  hint="Choose one or both. Each action then has to be done, or marked not applicable with a reason, before the case can close."
  error=errors.sections!""/>
<button class="button" type="submit" id="triage-button"><#if report.status == "RECEIVED">Triage the case<#else>Add to the checklist</#if></button>
</form>
<#else>
<p>Not triaged yet. The academy's DSL or Principal triages it.</p>
</#if>
</#if>
<#if actions?has_content>
<h2 id="checklist-title">Policy checklist</h2>
<p>Sections: ${chosenSections?join("; ")}.</p>
<ol class="checklist">
<#list actions as a><@item a/></#list>
</ol>
</#if>
</#macro>

<#-- Messages with the reporter; staff write, the reporter reads them on the follow-up page. -->
<#macro conversation>
<h2 id="messages-title">Messages with the reporter</h2>
<#if reporterMessages?has_content>
<ol class="messages">
<#list reporterMessages as m>
<li class="message message--${m.author?lower_case}">
<p class="message__from"><#if m.author == "STAFF">From the school<#else>From the reporter</#if>, <time datetime="${m.sentMinute}Z">${m.sentMinute?replace("T", " ")} UTC</time></p>
<p class="message__body"<#if m.author != "STAFF" && (reportLang!"en") != "en"> lang="${reportLang}" dir="auto"</#if>>${m.body}</p>
</li>
</#list>
</ol>
<#else>
<p>No messages yet.</p>
</#if>
<#if canWrite>
<form method="post" action="/staff/cases/${report.reference}/messages" novalidate>
<@csrf/>
<@f.textarea name="message" label="Message to the reporter" value=typedValue("message") rows=4
  hint="The reporter reads this on the follow-up page with their code. Do not name other pupils." error=errors.message!""/>
<button class="button" type="submit" id="message-button">Send to the reporter</button>
</form>
</#if>
</#macro>

<#-- Internal notes and assignment: staff only, never shown to the reporter. -->
<#macro staffOnly>
<h2 id="notes-title">Internal notes</h2>
<p class="hint">Staff only: never shown to the reporter.</p>
<#if notes?has_content>
<ol class="messages">
<#list notes as n>
<li class="message"><p class="message__from">${n.author}, ${n.when} UTC</p><p class="message__body">${n.body}</p></li>
</#list>
</ol>
<#else>
<p>No notes yet.</p>
</#if>
<#if canWrite>
<form method="post" action="/staff/cases/${report.reference}/notes" novalidate>
<@csrf/>
<@f.textarea name="internal-note" label="Internal note" value=typedValue("internal-note") rows=3 error=errors["internal-note"]!""/>
<button class="button button--secondary" type="submit" id="note-button">Add the note</button>
</form>
</#if>
<#if canChange>
<h2 id="assign-title">Assignment</h2>
<form method="post" action="/staff/cases/${report.reference}/assign" novalidate>
<@csrf/>
<@f.select name="assignee" label="Who leads this case" options=assignees value=typedValue("assignee")?has_content?then(typedValue("assignee"), work.assignedTo!"")
  placeholder="Choose a member of staff" hint="The DSL or Principal of this academy." error=errors.assignee!""/>
<button class="button button--secondary" type="submit" id="assign-button">Assign</button>
</form>
</#if>
</#macro>

<#macro closing>
<#if canChange && report.status != "RECEIVED">
<h2 id="close-title">Close the case</h2>
<form method="post" action="/staff/cases/${report.reference}/close" novalidate>
<@csrf/>
<@f.select name="outcome" label="Outcome" options=outcomes value=typedValue("outcome") placeholder="Choose the outcome" error=errors.outcome!""/>
<@f.textarea name="outcome-note" label="How the case ended" value=typedValue("outcome-note") rows=3
  hint="Kept with the case. The reporter sees only that it is closed." error=errors["outcome-note"]!""/>
<button class="button" type="submit" id="close-button">Close the case</button>
</form>
</#if>
</#macro>
