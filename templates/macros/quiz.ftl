<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A lesson's quiz as a plain form: it posts to the service, which answers with the results page, so
  it works without JavaScript; quiz.js does the same in place through the JSON API.
  form params: quiz (a quiz without its answers), academies (the trust's academies),
  errors (hash: question id or "academy" -> message), answers (hash: question id -> chosen option ids),
  academy (the chosen academy's slug), classCode (as typed), stage ("after" or "before": when the pupil takes it,
  after the lesson unless they choose otherwise), notice (a message shown above the questions).
-->
<#import "/macros/form.ftl" as forms>
<#import "/macros/listen.ftl" as reader>
<#macro form quiz academies errors={} answers={} academy="" classCode="" stage="after" notice="">
<form class="quiz" id="quiz" method="post" action="${quiz.formUrl}" data-quiz-api="/api/quizzes/${quiz.id}/attempts" novalidate>
<h2 id="quiz-title">Quiz: check what you have learned</h2>
<@forms.errorSummary errors=errors hrefs=errorLinks(quiz) + {"stage": "stage-after", "academy": "academy", "classCode": "classCode"}/>
<#if notice?has_content><p class="notice">${notice}</p></#if>
<p>Answer every question, then check your answers. There is no time limit, and you can try again as often as you like.</p>
<@forms.choices name="stage" legend="When are you taking this quiz?" options={"after": "After the lesson", "before": "Before the lesson, to see what I know already"} values=[stage] hint="Your teacher will tell you if it is before the lesson." error=errors.stage!""/>
<input type="hidden" name="version" value="${quiz.version}">
<@questions quiz=quiz errors=errors answers=answers listen=true/>
<#if academies?size gt 1>
<div class="field<#if errors.academy??> field--error</#if>">
<label class="field__label" for="academy">Your school (you can leave this out)</label>
<@forms.errorMessage id="academy" message=errors.academy!""/>
<select class="field__select" id="academy" name="academy"<#if errors.academy??> aria-describedby="academy-error"</#if>>
<option value="">Choose your school</option>
<#list academies as a><option value="${a.slug}"<#if a.slug == academy> selected</#if>>${a.name}</option></#list>
</select>
</div>
<#elseif academies?size == 1>
<input type="hidden" name="academy" value="${academies[0].slug}">
</#if>
<@forms.input name="classCode" label="Class code (if your teacher gave you one)" value=classCode hint="For example 7B-2Q9K. It counts your answers for your class; your name is never asked." error=errors.classCode!"" maxlength=12/>
<button class="button" type="submit">Check my answers</button>
</form>
<section class="quiz-result" id="quiz-result" aria-label="Your quiz results" tabindex="-1" hidden></section>
<script src="/js/quiz.js" defer></script>
<script src="/js/progress.js" defer></script>
</#macro>

<#-- Where each question's error links to: its first option as shown (quiz.js keeps it so when it shuffles them). -->
<#function errorLinks quiz>
<#local hrefs = {}>
<#list quiz.questions as question><#local hrefs = hrefs + {question.id: "answer-${question.id}-${question.options[0].id}"}></#list>
<#return hrefs>
</#function>

<#--
  A quiz's questions, each a fieldset of radios or checkboxes, with its error and the answers kept:
  the lesson quizzes' form above and the staff training quiz share them. The options come in the baked order
  (Quiz.withoutAnswers); quiz.js shuffles those of a fieldset with data-shuffle again on each load.
  questions params: quiz, errors (question id -> message), answers (question id -> chosen option ids),
  listen (each question gets its own Listen button, for the pupils' quizzes).
-->
<#macro questions quiz errors answers listen=false>
<#list quiz.questions as question>
<#assign error = errors[question.id]!"">
<#assign chosen = answers[question.id]![]>
<fieldset class="question<#if error?has_content> question--error</#if>" id="question-${question.id}"<#if question.type != "truefalse"> data-shuffle</#if><#if question.type == "multiple" || error?has_content> aria-describedby="<#if question.type == "multiple">question-${question.id}-hint</#if><#if error?has_content> question-${question.id}-error</#if>"</#if>>
<legend class="question__text">${question?counter}. ${question.text}</legend>
<#if listen><@reader.question number=question?counter/></#if>
<#if question.type == "multiple"><p class="hint" id="question-${question.id}-hint">Select all that apply.</p></#if>
<@forms.errorMessage id="question-${question.id}" message=error/>
<#list question.options as option>
<div class="choice">
<input class="choice__input" type="<#if question.type == "multiple">checkbox<#else>radio</#if>" id="answer-${question.id}-${option.id}" name="${question.id}" value="${option.id}"<#if chosen?seq_contains(option.id)> checked</#if>>
<label class="choice__label" for="answer-${question.id}-${option.id}">${option.text}</label>
</div>
</#list>
</fieldset>
</#list>
</#macro>

<#-- A marked attempt: each question right or not, the feedback on each answer chosen and the explanation. -->
<#macro marked result>
<ol class="marked-questions">
<#list result.questions as question>
<li class="marked-question marked-question--<#if question.correct>right<#else>wrong</#if>">
<h2 class="marked-question__text">${question.text}</h2>
<p class="marked-question__mark"><#if question.correct>Right<#else>Not quite</#if></p>
<ul class="marked-question__chosen">
<#list question.chosen as chosen>
<li>You chose “${chosen.text}”. ${chosen.feedback}</li>
</#list>
</ul>
<p class="marked-question__explanation"><strong>Why:</strong> ${question.explanation}</p>
</li>
</#list>
</ol>
</#macro>
