<#ftl output_format="HTML" strip_whitespace=true>
<#-- Site footer: what to do in danger (numbers from data/help-services.yaml), and every academy's safeguarding contacts from the trust file. -->
<#import "/macros/help.ftl" as help>
<#macro footer>
<footer class="site-footer">
<div class="site-footer__inner">
<section class="urgent-help" aria-labelledby="urgent-help-title">
<h2 id="urgent-help-title">If someone is in danger</h2>
<p>Call <@help.phone "emergency"/> if someone is in danger right now. To talk to someone in confidence, call Childline free on <@help.phone "childline"/>, any time.</p>
</section>
<section aria-labelledby="contacts-title">
<h2 id="contacts-title">Safeguarding contacts</h2>
<ul class="contacts">
<#list trust.academies as academy>
<li class="contacts__academy">
<h3>${academy.name}</h3>
<dl>
<dt>Designated Safeguarding Lead</dt>
<dd>${academy.dsl.name}, <a href="mailto:${academy.dsl.email}">${academy.dsl.email}</a></dd>
<dt>Principal</dt>
<dd>${academy.principal}</dd>
<dt>Phone</dt>
<dd><a href="tel:${academy.phone?replace(' ', '')}">${academy.phone}</a></dd>
</dl>
</li>
</#list>
<li class="contacts__academy">
<h3>${trust.name}</h3>
<dl>
<dt>eSafety officer</dt>
<dd>${trust.esafetyOfficer.name}, <a href="mailto:${trust.esafetyOfficer.email}">${trust.esafetyOfficer.email}</a></dd>
<#if trust.esafetyOfficer.phone?has_content>
<dt>Phone</dt>
<dd><a href="tel:${trust.esafetyOfficer.phone?replace(' ', '')}">${trust.esafetyOfficer.phone}</a></dd>
</#if>
</dl>
</li>
</ul>
</section>
<nav aria-label="About this site">
<ul class="site-footer__links">
<li><a href="/policy/">Cyber-bullying policy</a></li>
<li><a href="/lessons/">Learn (lessons for pupils)</a></li>
<li><a href="/teaching/">Teaching the lessons</a></li>
<li><a href="/glossary/">Glossary</a></li>
</ul>
</nav>
<p class="site-footer__meta">eSafety Hub for ${trust.name}. This site sets no tracking cookies and uses no analytics.</p>
</div>
</footer>
</#macro>
