<#ftl output_format="HTML" strip_whitespace=true>
<#-- The home page (JBake's master index): one door for each group of people, and the way to report. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title=trust.name description="Help with cyber-bullying for pupils, parents, carers and staff of ${trust.name}: lessons, guidance and how to report it." home=true>
<h1>Staying safe online at ${trust.name}</h1>
<p class="lede">Cyber-bullying is as serious as any other bullying. Here you can learn about it, find help, and tell us when it happens.</p>
<section class="report-callout" aria-labelledby="report-title">
<h2 id="report-title">Something happening to you or someone you know?</h2>
<p>Tell us what is going on. You do not have to give your name.</p>
<p><a class="button" href="/report/">Report bullying</a></p>
</section>
<ul class="doors">
<li class="door">
<h2><a href="/pupils/">For pupils</a></h2>
<p>What cyber-bullying is, what to do if it happens to you or a friend, and our code of conduct.</p>
</li>
<li class="door">
<h2><a href="/parents/">For parents and carers</a></h2>
<p>Signs to look for, how to talk with your child, keeping evidence and where to get help.</p>
</li>
<li class="door">
<h2><a href="/staff-guide/">For staff</a></h2>
<p>Recognising signs, responding to a report step by step, and what the law allows.</p>
</li>
</ul>
</@layout.page>
