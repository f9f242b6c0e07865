<#ftl output_format="HTML" strip_whitespace=true>
<#-- Signing the parents' and carers' agreement (GET and POST /agreements/parents/sign): works without JavaScript. -->
<#import "/macros/layout.ftl" as layout>
<#import "/macros/form.ftl" as f>
<@layout.page title="Sign the Acceptable IT Use Agreement" description="Sign the school's Acceptable IT Use Agreement online with the class code from your child's teacher.">
<h1>Sign the Acceptable IT Use Agreement</h1>
<p class="lede">You are signing <a id="agreement-link" href="${agreementUrl}">the Acceptable IT Use Agreement for parents and carers</a>, version <code class="agreement-version">${version}</code>. Please read it first.</p>
<@f.errorSummary errors=errors hrefs={"relationship": "relationship-parent", "agree": "agree-yes", "version": "agreement-link"}/>
<form method="post" action="/agreements/parents/sign" novalidate>
<input type="hidden" name="version" value="${version}">
<@f.input name="classCode" label="Class code" value=form.classCode hint="The code your child's teacher gave you, such as 7B-2Q9K. It tells us your child's school and class." error=errors.classCode!"" maxlength=20/>
<@f.input name="childName" label="Your child's name" value=form.childName error=errors.childName!"" maxlength=100/>
<@f.input name="signerName" label="Your name" value=form.signerName error=errors.signerName!"" autocomplete="name" maxlength=100/>
<@f.choices name="relationship" legend="How are you related to the child?" options=relationships values=form.relationship error=errors.relationship!""/>
<@f.input name="typedSignature" label="Your signature" value=form.typedSignature hint="Type your full name. It counts as your signature." error=errors.typedSignature!"" maxlength=100/>
<@f.choices name="agree" legend="Your agreement" options={"yes": "I have read the agreement and I agree to it"} values=form.agree multiple=true error=errors.agree!""/>
<button class="button" type="submit">Sign the agreement</button>
</form>
<h2 id="privacy">What we keep, why, and for how long</h2>
<ul>
<li><strong>What:</strong> your child's name and class, your name, how you are related to the child, your typed signature, the version of the agreement you signed and the day you signed.</li>
<li><strong>Why:</strong> so the school can show that you have agreed to its Acceptable IT Use Agreement (policy 3.7), and see who has signed the current wording and who signed an older one.</li>
<li><strong>Who sees it:</strong> staff of your child's school (teachers, the Designated Safeguarding Lead and the Principal) and the trust's eSafety officer.</li>
<li><strong>How long:</strong> ${keptFor} from the day you sign. Then it is deleted.</li>
<li><strong>What we do not keep:</strong> your internet address, your browser, or any cookie.</li>
</ul>
<p>You can also print <a href="${agreementUrl}">the agreement</a>, sign it on paper and hand it to the school office.</p>
</@layout.page>
