<#ftl output_format="HTML" strip_whitespace=true>
<#-- How to report (GET /report/): who to tell now, and each academy's safeguarding lead. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Report bullying" description="How to report cyber-bullying or a malicious post to your school, and where to get help straight away.">
<h1>Report bullying</h1>
<div class="warning" role="note">
<h2>Is someone in danger right now?</h2>
<p>Call <a href="tel:999">999</a>. If you want to talk to someone, call Childline free on <a href="tel:08001111">0800 1111</a>. If an adult online is asking you for pictures or to meet, report it to <a href="https://www.ceop.police.uk/ceop-reporting/">CEOP, the police's child protection team</a>.</p>
</div>
<h2>Tell someone at school</h2>
<p>Telling someone is the right thing to do, and it is never your fault. You can tell any adult you trust at school, or contact the Designated Safeguarding Lead (DSL), whose job is to keep pupils safe.</p>
<ul class="contacts contacts--main">
<#list academies as academy>
<li class="contacts__academy">
<h3>${academy.name}</h3>
<p>Designated Safeguarding Lead: ${academy.dsl.name}, <a href="mailto:${academy.dsl.email}">${academy.dsl.email}</a>, or call the school on <a href="tel:${academy.phone?replace(' ', '')}">${academy.phone}</a>.</p>
</li>
</#list>
</ul>
<h2>Before you report</h2>
<ul>
<li>Do not reply to the messages.</li>
<li>Keep what was sent: take screenshots, and note the date, the app or website and the username.</li>
<li>Never save or forward a nude or sexual picture of anyone under 18, even as evidence. Tell an adult instead.</li>
</ul>
</@layout.page>
