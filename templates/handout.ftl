<#ftl output_format="HTML" strip_whitespace=true>
<#-- A one-page handout (type=handout): on paper only the handout itself prints, sized to fit one A4 page. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/words.ftl" as words>
<@layout.page title=content.title description=content.summary!"" bodyClass="handout">
<h1>${content.title}</h1>
<p class="print-hint">${words.w("handout.printHint")}</p>
<div class="prose handout__body">
${content.body?no_esc}
</div>
<p class="handout__footer">${trust.name} · <@layout.reviewedOn content/></p>
</@layout.page>
