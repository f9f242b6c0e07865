<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Form pieces in the GOV.UK pattern.
  errorSummary params: errors (hash: field id -> message), hrefs (hash: field id -> the anchor of the control to focus).
  errorMessage params: id (the field's id), message (string, may be empty: then nothing is shown).
  Their own words are the page's language's (form.errorSummary, form.errorPrefix in data/messages).
-->
<#import "/macros/words.ftl" as words>
<#macro errorSummary errors hrefs>
<#if errors?has_content>
<div class="error-summary" tabindex="-1" data-error-summary>
<#-- role=alert on an inner element, so the summary is announced when it appears without stealing the heading's role -->
<div role="alert">
<h2 class="error-summary__title">${words.w("form.errorSummary")}</h2>
<ul class="error-summary__list">
<#list errors as field, message>
<li><a href="#${hrefs[field]!field}">${message}</a></li>
</#list>
</ul>
</div>
</div>
</#if>
</#macro>

<#macro errorMessage id message="">
<#if message?has_content>
<p class="field-error" id="${id}-error"><span class="visually-hidden">${words.w("form.errorPrefix")}</span> ${message}</p>
</#if>
</#macro>

<#-- The id a control's hint, error and aria-describedby use. -->
<#function describedBy name hint error>
<#local ids = []>
<#if hint?has_content><#local ids = ids + [name + "-hint"]></#if>
<#if error?has_content><#local ids = ids + [name + "-error"]></#if>
<#return ids?join(" ")>
</#function>

<#--
  input params: name, label, value, hint, error, type ("text"), autocomplete ("off"), maxlength (number, 0 for none).
  The id is the name; hint and error ids are <name>-hint and <name>-error, both in aria-describedby.
-->
<#macro input name label value="" hint="" error="" type="text" autocomplete="off" maxlength=0>
<#local described = describedBy(name, hint, error)>
<div class="field<#if error?has_content> field--error</#if>">
<label class="field__label" for="${name}">${label}</label>
<#if hint?has_content><p class="hint" id="${name}-hint">${hint}</p></#if>
<@errorMessage id=name message=error/>
<input class="field__input" type="${type}" id="${name}" name="${name}" value="${value}" autocomplete="${autocomplete}"<#if maxlength gt 0> maxlength="${maxlength?c}"</#if><#if described?has_content> aria-describedby="${described}"</#if><#if error?has_content> aria-invalid="true"</#if>>
</div>
</#macro>

<#-- textarea params: name, label, value, hint, error, rows (5), maxlength (number, 0 for none). -->
<#macro textarea name label value="" hint="" error="" rows=5 maxlength=0>
<#local described = describedBy(name, hint, error)>
<div class="field<#if error?has_content> field--error</#if>">
<label class="field__label" for="${name}">${label}</label>
<#if hint?has_content><p class="hint" id="${name}-hint">${hint}</p></#if>
<@errorMessage id=name message=error/>
<textarea class="field__textarea" id="${name}" name="${name}" rows="${rows?c}"<#if maxlength gt 0> maxlength="${maxlength?c}"</#if><#if described?has_content> aria-describedby="${described}"</#if><#if error?has_content> aria-invalid="true"</#if>>${value}</textarea>
</div>
</#macro>

<#--
  choices params: name, legend, options (hash: value -> label, in order), values (sequence of chosen values),
  multiple (false: radios, true: checkboxes), hint, error. Each control's id is <name>-<value>.
-->
<#macro choices name legend options values=[] multiple=false hint="" error="">
<#local described = describedBy(name, hint, error)>
<div class="field<#if error?has_content> field--error</#if>">
<fieldset class="choices" id="${name}"<#if described?has_content> aria-describedby="${described}"</#if>>
<legend class="field__label">${legend}</legend>
<#if hint?has_content><p class="hint" id="${name}-hint">${hint}</p></#if>
<@errorMessage id=name message=error/>
<#list options as value, label>
<div class="choice">
<input class="choice__input" type="<#if multiple>checkbox<#else>radio</#if>" id="${name}-${value}" name="${name}" value="${value}"<#if values?seq_contains(value)> checked</#if>>
<label class="choice__label" for="${name}-${value}">${label}</label>
</div>
</#list>
</fieldset>
</div>
</#macro>

<#-- select params: name, label, options (hash: value -> label), value, placeholder (the empty first option), hint, error. -->
<#macro select name label options value="" placeholder="" hint="" error="">
<#local described = describedBy(name, hint, error)>
<div class="field<#if error?has_content> field--error</#if>">
<label class="field__label" for="${name}">${label}</label>
<#if hint?has_content><p class="hint" id="${name}-hint">${hint}</p></#if>
<@errorMessage id=name message=error/>
<select class="field__select" id="${name}" name="${name}"<#if described?has_content> aria-describedby="${described}"</#if><#if error?has_content> aria-invalid="true"</#if>>
<#if placeholder?has_content><option value="">${placeholder}</option></#if>
<#list options as optionValue, optionLabel><option value="${optionValue}"<#if optionValue == value> selected</#if>>${optionLabel}</option></#list>
</select>
</div>
</#macro>

<#-- file params: name, label, hint, error, accept (the types offered), multiple (true). -->
<#macro file name label hint="" error="" accept="" multiple=true>
<#local described = describedBy(name, hint, error)>
<div class="field<#if error?has_content> field--error</#if>">
<label class="field__label" for="${name}">${label}</label>
<#if hint?has_content><p class="hint" id="${name}-hint">${hint}</p></#if>
<@errorMessage id=name message=error/>
<input class="field__file" type="file" id="${name}" name="${name}"<#if accept?has_content> accept="${accept}"</#if><#if multiple> multiple</#if><#if described?has_content> aria-describedby="${described}"</#if>>
</div>
</#macro>
