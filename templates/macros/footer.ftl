<#ftl output_format="HTML" strip_whitespace=true>
<#-- Site footer: what to do in danger (numbers from data/help-services.yaml), and every academy's safeguarding contacts from the trust file. -->
<#import "/macros/help.ftl" as help>
<#import "/macros/words.ftl" as words>
<#macro footer>
<footer class="site-footer">
<div class="site-footer__inner">
<section class="urgent-help" aria-labelledby="urgent-help-title">
<h2 id="urgent-help-title">${words.w("footer.danger.title")}</h2>
<#local emergency><@help.phone "emergency"/></#local>
<#local childline><@help.phone "childline"/></#local>
<p>${words.fill("footer.danger.text", emergency, childline)}</p>
</section>
<section aria-labelledby="contacts-title">
<h2 id="contacts-title">${words.w("footer.contacts.title")}</h2>
<ul class="contacts">
<#list trust.academies as academy>
<li class="contacts__academy">
<h3>${academy.name}</h3>
<dl>
<dt>${words.w("footer.contacts.dsl")}</dt>
<dd>${academy.dsl.name}, <a href="mailto:${academy.dsl.email}">${academy.dsl.email}</a></dd>
<dt>${words.w("footer.contacts.principal")}</dt>
<dd>${academy.principal}</dd>
<dt>${words.w("footer.contacts.phone")}</dt>
<dd><a href="tel:${academy.phone?replace(' ', '')}">${academy.phone}</a></dd>
</dl>
</li>
</#list>
<li class="contacts__academy">
<h3>${trust.name}</h3>
<dl>
<dt>${words.w("footer.contacts.esafetyOfficer")}</dt>
<dd>${trust.esafetyOfficer.name}, <a href="mailto:${trust.esafetyOfficer.email}">${trust.esafetyOfficer.email}</a></dd>
<#if trust.esafetyOfficer.phone?has_content>
<dt>${words.w("footer.contacts.phone")}</dt>
<dd><a href="tel:${trust.esafetyOfficer.phone?replace(' ', '')}">${trust.esafetyOfficer.phone}</a></dd>
</#if>
</dl>
</li>
</ul>
</section>
<nav aria-label="${words.w("footer.links.label")}">
<ul class="site-footer__links">
<li><a href="/policy/">${words.w("footer.links.policy")}</a></li>
<li><a href="/lessons/">${words.w("footer.links.lessons")}</a></li>
<li><a href="/teaching/">${words.w("footer.links.teaching")}</a></li>
<li><a href="/glossary/">${words.w("footer.links.glossary")}</a></li>
</ul>
</nav>
<p class="site-footer__meta">${words.fill("footer.meta", trust.name)}</p>
</div>
</footer>
</#macro>
