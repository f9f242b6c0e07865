<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Pieces of the quiz results pages.
  fig(value, digits): a figure with 2 (or the given) decimals, or "—" when there is none.
  filters params: action (the page's address), typed (hash of what was typed), errors (hash: field -> message),
  allAcademies (the officer: may choose an academy), academies (hash: slug -> name), classOptions (hash: code -> label;
  empty gives a text field), version (kept as a hidden field), withClass (show the class filter).
  olderVersions(mixed): why results of quiz versions from before the options were shuffled do not compare with
  later ones; mixed: the page counts every version together.
-->
<#import "/macros/form.ftl" as f>
<#function fig value="" digits=2>
<#if !value?has_content><#return "—"></#if>
<#return value?string((digits == 1)?then("0.0", "0.00"))>
</#function>

<#macro olderVersions mixed=false>
<p class="older-versions">Quiz versions from before 7 December 2026 showed their options in the order of the quiz file, where the right answer usually came first. Their results measured that pattern as much as learning, so they are not comparable with later versions<#if mixed>: this table counts them too, so read it with care.<#else>, whose options come in a shuffled order. Each version's results are shown apart.</#if></p>
</#macro>

<#macro filters action typed errors allAcademies academies classOptions version="" withClass=true>
<@f.errorSummary errors=errors hrefs={}/>
<form class="filters" method="get" action="${action}" novalidate>
<h2 class="filters__title">Choose which attempts to count</h2>
<#if version?has_content><input type="hidden" name="version" value="${version}"></#if>
<#if allAcademies>
<@f.select name="academy" label="Academy" options=academies value=typed.academy placeholder="Every academy" error=errors.academy!""/>
</#if>
<#if withClass>
<#if classOptions?has_content>
<@f.select name="classCode" label="Class" options=classOptions value=typed.classCode placeholder="Every class" error=errors.classCode!""/>
<#else>
<@f.input name="classCode" label="Class code" value=typed.classCode hint="Leave empty for every class." error=errors.classCode!"" maxlength=12/>
</#if>
</#if>
<@f.select name="stage" label="Before or after the lesson" options={"before": "Before the lesson only (baseline)", "after": "After the lesson only (endpoint)"} value=typed.stage placeholder="All attempts" error=errors.stage!""/>
<@f.input name="from" label="From (day taken)" value=typed.from hint="Year-month-day, such as 2026-11-27." error=errors.from!"" maxlength=10/>
<@f.input name="to" label="To (day taken, included)" value=typed.to hint="Year-month-day, such as 2026-11-27." error=errors.to!"" maxlength=10/>
<button class="button" type="submit">Show results</button>
</form>
</#macro>
