<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The outside services, from data/help-services.yaml (the model helpServices, on baked and service pages alike):
  a template names a service by its id and never types its number or address, which the bake refuses.
  phone: a link that calls it, showing its number. link: a link to its address, showing the words inside
  (its address written out if there are none). email: a link that writes to it, showing its address.
-->
<#function service id>
<#if !(helpServices.byId[id])??><#stop "data/help-services.yaml has no service with the id \"${id}\""></#if>
<#return helpServices.byId[id]>
</#function>

<#macro phone id><#local s = service(id)><a href="tel:${s.dial}">${s.phone}</a></#macro>

<#macro link id><#local s = service(id)><#local words><#nested></#local><a href="${s.url}"><#if words?has_content>${words}<#else>${s.address}</#if></a></#macro>

<#macro email id><#local s = service(id)><a href="mailto:${s.email}">${s.email}</a></#macro>
