/*
 * A lesson's activities: the page shows a choice's feedback by itself (site.css, no script needed).
 * This only reads the feedback out to screen readers as a choice is made, through the live region
 * the template puts after the activities; nothing is sent or kept.
 */
(function () {
  'use strict';
  var said = document.getElementById('activities-said');
  if (!said) {
    return;
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains('activity-choice__input')) {
      return;
    }
    var feedback = input.parentNode.querySelector('.activity-choice__feedback');
    // emptied first so that choosing the same words twice is read out again
    said.textContent = '';
    window.setTimeout(function () { said.textContent = feedback ? feedback.textContent : ''; }, 50);
  });
}());
