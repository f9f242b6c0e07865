<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The choice to keep lesson progress on this device (assets/js/progress.js). Hidden in the markup: without
  script nothing can be kept, so nothing is offered. "Do not save" is chosen until the pupil picks otherwise.
-->
<#macro choice>
<section class="progress-choice" aria-labelledby="progress-choice-title" data-progress-choice hidden>
<h2 id="progress-choice-title">Keep track of your lessons</h2>
<p>This device can remember which lessons you have done and your best quiz scores. It keeps nothing else. It sends nothing to anyone.</p>
<p>If other people use this device, like a school computer, the next person can see it.</p>
<fieldset class="choices">
<legend class="field__label">Do you want to save your progress on this device?</legend>
<div class="choice">
<input class="choice__input" type="radio" name="progress-save" id="progress-save-yes" value="yes">
<label class="choice__label" for="progress-save-yes">Save my progress on this device</label>
</div>
<div class="choice">
<input class="choice__input" type="radio" name="progress-save" id="progress-save-no" value="no" checked>
<label class="choice__label" for="progress-save-no">Do not save my progress</label>
</div>
</fieldset>
<button class="button button--secondary" type="button" data-progress-forget>Forget my progress</button>
<p class="progress-choice__status" role="status" data-progress-status></p>
</section>
</#macro>
