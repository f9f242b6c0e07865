<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Where current law or guidance differs from a clause of the trust's policy (data/policy.yaml reviewNote): the trust's
  words stay as they are and this note stands beside them, on the policy page and on the case checklist.
  note params: number (the clause, such as "5.6"), note (says, source, checked).
-->
<#macro note number note>
<div class="review-note" id="review-note-${number?replace(".", "-")}" data-reading="ours">
<p class="review-note__title"><strong>Current guidance differs from ${number}:</strong> ${note.says}</p>
<p class="review-note__source">Source: ${note.source}. Checked on <time datetime="${note.checked}">${note.checked?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time>. The trust's wording stands until the trust reviews it.</p>
</div>
</#macro>
