/*
 * Lesson quiz, in place: send the answers to the JSON API and show the results under the quiz,
 * moving focus to the score. Without this script, or if anything goes wrong (a question left
 * unanswered, no connection), the form is submitted normally and the service answers with a page.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-quiz-api]');
  var panel = document.getElementById('quiz-result');
  if (!form) {
    return;
  }
  shuffleOptions();
  if (!panel || !window.fetch) {
    return;
  }

  /*
   * The page shows every pupil the same order, fixed when the site was baked; draw a new one for each
   * question on each load, so no place is worth learning. The elements themselves move, so the tab
   * order is the order seen. True/false questions keep True, then False (they have no data-shuffle).
   */
  function shuffleOptions() {
    var links = form.querySelectorAll('.error-summary a[href^="#answer-"]');
    Array.prototype.forEach.call(form.querySelectorAll('[data-shuffle]'), function (question) {
      var choices = Array.prototype.slice.call(question.querySelectorAll('.choice'));
      for (var i = choices.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1));
        var swapped = choices[i];
        choices[i] = choices[j];
        choices[j] = swapped;
      }
      choices.forEach(function (choice) { question.appendChild(choice); });
      // an error in the summary links to the question's first option: still the first one seen
      var first = choices.length ? choices[0].querySelector('input') : null;
      Array.prototype.forEach.call(links, function (link) {
        if (first && question.querySelector('[id="' + link.getAttribute('href').substring(1) + '"]')) {
          link.setAttribute('href', '#' + first.id);
        }
      });
    });
  }

  function answers() {
    var chosen = {};
    Array.prototype.forEach.call(form.querySelectorAll('.question input:checked'), function (input) {
      (chosen[input.name] = chosen[input.name] || []).push(input.value);
    });
    return chosen;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function show(result) {
    panel.textContent = '';
    var summary = element('div', 'result-summary');
    summary.appendChild(element('h2', 'result-summary__title', 'Your quiz results'));
    var score = element('p', 'result-summary__score', 'You got ');
    score.appendChild(element('strong', null, result.score + ' out of ' + result.max));
    score.appendChild(document.createTextNode(' right.'));
    summary.appendChild(score);
    panel.appendChild(summary);
    var list = element('ol', 'marked-questions');
    result.questions.forEach(function (question) {
      var item = element('li', 'marked-question marked-question--' + (question.correct ? 'right' : 'wrong'));
      item.appendChild(element('h3', 'marked-question__text', question.text));
      item.appendChild(element('p', 'marked-question__mark', question.correct ? 'Right' : 'Not quite'));
      var chosen = element('ul', 'marked-question__chosen');
      question.chosen.forEach(function (option) {
        chosen.appendChild(element('li', null, 'You chose \u201c' + option.text + '\u201d. ' + option.feedback));
      });
      item.appendChild(chosen);
      var why = element('p', 'marked-question__explanation');
      why.appendChild(element('strong', null, 'Why:'));
      why.appendChild(document.createTextNode(' ' + question.explanation));
      item.appendChild(why);
      list.appendChild(item);
    });
    panel.appendChild(list);
    var again = element('button', 'button', 'Try again');
    again.type = 'button';
    again.addEventListener('click', function () {
      form.reset();
      panel.hidden = true;
      form.hidden = false;
      form.querySelector('input').focus();
    });
    panel.appendChild(again);
    form.hidden = true;
    panel.hidden = false;
    panel.focus();
    // for progress.js, which keeps the score on this device only if the pupil chose to
    document.dispatchEvent(new CustomEvent('quiz:scored', { detail: {
      quizId: form.getAttribute('data-quiz-api').split('/')[3], score: result.score, max: result.max } }));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var version = form.querySelector('input[name=version]').value;
    var academy = form.querySelector('[name=academy]');
    var classCode = form.querySelector('[name=classCode]');
    var stage = form.querySelector('input[name=stage]:checked');
    fetch(form.getAttribute('data-quiz-api'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({
        version: version,
        academy: academy ? academy.value : '',
        classCode: classCode ? classCode.value : '',
        stage: stage ? stage.value : 'after',
        answers: answers()
      })
    }).then(function (response) {
      if (response.status !== 200) {
        throw new Error('answered ' + response.status);
      }
      return response.json();
    }).then(show).catch(function () {
      form.submit();
    });
  });
}());
