/*
 * Lesson progress, kept on this device only and only if the pupil chooses it (the ICO's Children's Code:
 * off by default, no nudges, the least data; PECR: no storage the pupil did not ask for).
 * Once "Save my progress on this device" is picked, each quiz scored in the page (quiz.js's
 * 'quiz:scored' event) keeps its lesson's id with done and the best score in localStorage, nothing else.
 * Choosing not to save, or "Forget my progress", removes it all. Nothing here is ever sent anywhere.
 * The Learn page's cards and certificate links, and the certificate page (certificate.js), read it.
 */
(function () {
  'use strict';
  var KEY = 'esafety-hub-progress';
  var LESSON_ID = /^[a-z0-9-]{1,80}$/;
  var LESSON_PAGE = /^\/lessons\/([a-z0-9-]+)\/$/;

  function storage() {
    try {
      return window.localStorage || null;
    } catch (e) {
      return null; // storage refused by the browser's settings
    }
  }

  /** Lesson id -> {done, best, max}; null when the pupil has not chosen to save. */
  function saved() {
    var text = null;
    try {
      text = storage() && storage().getItem(KEY);
    } catch (e) {
      return null;
    }
    if (text === null || text === undefined) {
      return null;
    }
    try {
      var lessons = JSON.parse(text);
      return lessons && typeof lessons === 'object' && !Array.isArray(lessons) ? lessons : {};
    } catch (e) {
      return {};
    }
  }

  function keep(lessons) {
    try {
      storage().setItem(KEY, JSON.stringify(lessons));
    } catch (e) {
      // storage full or refused: the lesson still works, it is just not remembered
    }
  }

  function forget() {
    try {
      storage().removeItem(KEY);
    } catch (e) {
      // nothing could be kept either
    }
  }

  function isDone(lessons, id) {
    return Boolean(lessons[id] && lessons[id].done);
  }

  // A quiz scored on a lesson page: only an attempt after the lesson counts as the lesson done.
  document.addEventListener('quiz:scored', function (event) {
    var lessons = saved();
    var detail = event.detail || {};
    var stage = document.querySelector('input[name=stage]:checked');
    if (!lessons || (stage && stage.value === 'before')) {
      return;
    }
    var page = LESSON_PAGE.exec(window.location.pathname);
    var id = page ? page[1] : String(detail.quizId);
    var score = Number(detail.score);
    var max = Number(detail.max);
    if (!LESSON_ID.test(id) || !(max > 0) || !(score >= 0 && score <= max)) {
      return;
    }
    var before = lessons[id];
    if (!before || !(before.max > 0) || score / max >= before.best / before.max) {
      lessons[id] = { done: true, best: score, max: max };
    }
    keep(lessons);
    var panel = document.getElementById('quiz-result');
    if (panel && !panel.querySelector('.progress-note')) {
      var note = document.createElement('p');
      note.className = 'progress-note';
      note.textContent = 'This is saved on this device.';
      panel.insertBefore(note, panel.children[1] || null);
    }
  });

  // The Learn page: each card says if its lesson is done, with the best score; a band done links its certificate.
  function showProgress() {
    var lessons = saved() || {};
    Array.prototype.forEach.call(document.querySelectorAll('[data-lesson]'), function (card) {
      var id = card.getAttribute('data-lesson');
      var line = card.querySelector('[data-lesson-progress]');
      if (!line) {
        return;
      }
      var done = isDone(lessons, id);
      line.textContent = done ? 'Done. Your best score is ' + lessons[id].best + ' out of ' + lessons[id].max + '.' : '';
      line.hidden = !done;
      card.classList.toggle('lesson-card--done', done);
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-certificate-link]'), function (link) {
      var cards = link.parentNode.querySelectorAll('[data-lesson]');
      link.hidden = cards.length === 0 || !Array.prototype.every.call(cards, function (card) {
        return isDone(lessons, card.getAttribute('data-lesson'));
      });
    });
  }

  // The choice to save: equally plain options, "do not save" chosen until the pupil picks otherwise.
  function offerChoice(choice) {
    var yes = choice.querySelector('input[value=yes]');
    var no = choice.querySelector('input[value=no]');
    var forgetButton = choice.querySelector('[data-progress-forget]');
    var status = choice.querySelector('[data-progress-status]');
    if (!yes || !no || !forgetButton || !status || !storage()) {
      return;
    }
    function say(text) {
      // emptied first, so that the same words said twice are announced twice
      status.textContent = '';
      window.setTimeout(function () { status.textContent = text; }, 100);
    }
    (saved() ? yes : no).checked = true;
    yes.addEventListener('change', function () {
      if (yes.checked) {
        if (!saved()) {
          keep({});
        }
        say('Your progress will be saved on this device.');
        showProgress();
      }
    });
    no.addEventListener('change', function () {
      if (no.checked) {
        forget();
        say('Your progress will not be saved. Nothing is kept on this device.');
        showProgress();
      }
    });
    forgetButton.addEventListener('click', function () {
      forget();
      no.checked = true;
      say('Your progress is forgotten. Nothing is kept on this device.');
      showProgress();
    });
    choice.hidden = false;
  }

  var choice = document.querySelector('[data-progress-choice]');
  if (choice) {
    offerChoice(choice);
  }
  showProgress();

  window.EsafetyHubProgress = { saved: saved };
}());
