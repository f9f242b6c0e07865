<#ftl output_format="HTML" strip_whitespace=true>
<#-- After an anonymous comment on a code of conduct: what happens to it. -->
<#import "/macros/layout.ftl" as layout>
<@layout.page title="Thank you for your comment">
<h1>Thank you for your comment</h1>
<p>The Principal reads every comment when the code of conduct is next reviewed with parents and pupils. We cannot reply, because we do not know who sent it.</p>
<p>If you are worried about bullying, <a href="/report/">tell the school through the report form</a>.</p>
<p><a href="${document}">Back to the code of conduct</a></p>
</@layout.page>
