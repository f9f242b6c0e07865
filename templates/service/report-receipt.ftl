<#ftl output_format="HTML" strip_whitespace=true>
<#-- The receipt, shown once after a report is saved: the reference and the follow-up code, and what happens next. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/help.ftl" as help>
<@layout.page title="Your report has been sent">
<#if urgent>
<div class="warning" role="note">
<h2>If someone is in danger now</h2>
<p>Call <@help.phone "emergency"/> straight away. To talk to someone, call Childline free on <@help.phone "childline"/>. If someone online is asking for nude pictures or to meet up, an adult or another young person, report it to <@help.link "ceop">CEOP</@help.link>.</p>
<p>Your report is marked urgent, but it is read on ${hours} only.</p>
</div>
</#if>
<div class="panel-done">
<h1>Your report has been sent</h1>
<p>Your reference is <strong class="code" id="reference">${reference}</strong></p>
</div>
<h2>Keep your follow-up code</h2>
<p>With your reference and this code you can see what is happening and read messages from the school.</p>
<p class="code code--large" id="follow-up-code">${code}</p>
<div class="warning" role="note">
<p><strong>Keep this code safe now. It is shown only once and cannot be recovered: nobody can find it again for you, not the school and not us.</strong> Write it down, take a screenshot, or save your receipt.</p>
</div>
<h2>Save your receipt</h2>
<p>Your receipt is a small text file with your reference, your code and a proof that you sent this report. It does not say what your report is about. Anyone who has it can read the school's replies, so keep it private.</p>
<form method="post" action="/report/receipt">
<input type="hidden" name="receipt" value="${receipt}">
<button class="button" type="submit">Save receipt</button>
</form>
<p>With the receipt, you or a parent or carer can later <a href="/report/verify/">check</a> that this report was sent and has not been changed.</p>
<h2>What happens next</h2>
<ol>
<li>The Designated Safeguarding Lead at ${academyName} reads your report, usually on the next school day.</li>
<li>They decide what to do, following the trust's cyber-bullying policy.</li>
<li>You can <a href="/report/follow-up/">check on your report</a> at any time with your reference and code.</li>
</ol>
<p>Reports are read on ${hours}. This is not an emergency service.</p>
</@layout.page>
