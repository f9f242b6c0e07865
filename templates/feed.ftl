<#ftl output_format="XML" strip_whitespace=true>
<#--
  The staff updates (type=update) as an Atom feed (RFC 4287), newest first. Ids and links are absolute
  addresses under the trust's siteUrl; an update's "updated" is its date at midnight UTC.
-->
<#assign updates = published_content?filter(page -> page.type == "update" && (page.lang!"en") == "en")?sort_by("date")?reverse>
<#assign home = config.site_host + "/staff-updates/">
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
<id>${home}</id>
<title>${trust.name}: staff updates</title>
<subtitle>Short updates for staff on the technologies children commonly use (cyber-bullying policy 3.3).</subtitle>
<link rel="self" type="application/atom+xml" href="${home}feed.xml"/>
<link rel="alternate" type="text/html" href="${home}"/>
<author><name>${trust.esafetyOfficer.name}, ${trust.name}</name></author>
<updated><#if updates?has_content>${updates[0].date?string("yyyy-MM-dd")}<#else>${published_date?string("yyyy-MM-dd")}</#if>T00:00:00Z</updated>
<#list updates as update>
<entry>
<id>${config.site_host}/${update.noExtensionUri}</id>
<title>${update.title}</title>
<link rel="alternate" type="text/html" href="${config.site_host}/${update.noExtensionUri}"/>
<updated>${update.date?string("yyyy-MM-dd")}T00:00:00Z</updated>
<summary>${update.summary}</summary>
</entry>
</#list>
</feed>
