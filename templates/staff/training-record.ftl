<#ftl output_format="HTML" strip_whitespace=true>
<#-- One completion of the training quiz, as recorded. -->
<#import "/macros/layout.ftl" as layout>
<#import "/staff/_bar.ftl" as s>
<@layout.page title="Training record">
<@s.bar staff/>
<h1>Training record</h1>
<dl class="facts" id="training-record">
<div><dt>Member of staff</dt><dd>${member.name} (${member.email}), ${member.role}</dd></div>
<div><dt>Academy</dt><dd>${academyName}</dd></div>
<div><dt>Completed on (UTC)</dt><dd><time datetime="${completion.completedOn}">${completion.completedOn}</time></dd></div>
<div><dt>Score</dt><dd>${completion.score} out of ${completion.maxScore}</dd></div>
<div><dt>Result</dt><dd><#if completion.passed>Passed<#else>Below the pass mark</#if></dd></div>
<div><dt>Course version</dt><dd><span class="code">${completion.courseVersion}</span></dd></div>
</dl>
<p><a href="/staff/training">Back to training</a></p>
</@layout.page>
