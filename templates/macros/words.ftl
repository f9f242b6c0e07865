<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The template words in the page's language, from data/messages/<code>.yaml (the model's messages; docs/authoring.md,
  "Languages"). w: one message as words. fill: a message with {0}, {1}… filled in, each argument either words
  (escaped here) or markup the template made, such as a link: <#local link><a href="/">${w("error404.home")}</a></#local>.
-->
<#function w key>
<#if !(messages[key])??><#stop "data/messages/en.yaml has no key \"${key}\""></#if>
<#return messages[key]>
</#function>

<#function fill key args...>
<#local out = w(key)?esc?markup_string>
<#list args as arg>
<#local out = out?replace("{" + arg?index + "}", arg?is_markup_output?then(arg?markup_string, arg?string?esc?markup_string))>
</#list>
<#return out?no_esc>
</#function>
