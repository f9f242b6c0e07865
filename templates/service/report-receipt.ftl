<#ftl output_format="HTML" strip_whitespace=true>
<#-- The receipt, shown once after a report is saved: the reference and the follow-up code, and what happens next. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Your report has been sent">
<#if urgent>
<div class="warning" role="note">
<h2>If someone is in danger now</h2>
<p>Call <a href="tel:999">999</a> straight away. To talk to someone, call Childline free on <a href="tel:08001111">0800 1111</a>. If an adult online is asking for pictures or to meet, report it to <a href="https://www.ceop.police.uk/ceop-reporting/">CEOP</a>.</p>
<p>Your report is marked urgent, but it is read on school days only.</p>
</div>
</#if>
<div class="panel-done">
<h1>Your report has been sent</h1>
<p>Your reference is <strong class="code" id="reference">${reference}</strong></p>
</div>
<h2>Keep your follow-up code</h2>
<p>With your reference and this code you can see what is happening and read messages from the school. <strong>Write it down or take a screenshot now: it is shown only once and cannot be recovered.</strong></p>
<p class="code code--large" id="follow-up-code">${code}</p>
<h2>What happens next</h2>
<ol>
<li>The Designated Safeguarding Lead at ${academyName} reads your report, usually on the next school day.</li>
<li>They decide what to do, following the trust's cyber-bullying policy.</li>
<li>You can <a href="/report/follow-up/">check on your report</a> at any time with your reference and code.</li>
</ol>
<p>Reports are read on school days. This is not an emergency service.</p>
</@layout.page>
