/*
 * Listen: reads the visible text of <main> aloud, or one quiz question with its options, in the browser's
 * own voice (the Web Speech API); nothing is sent anywhere. The buttons stay hidden unless the browser
 * has a voice. Never starts by itself. One utterance a sentence, because Chrome stops a long utterance
 * after about 15 seconds; Pause lets the sentence being read finish and Resume goes on from the next
 * one, the same in every browser (Safari restarts a paused utterance, Chrome on Android cancels it).
 */
(function () {
  'use strict';
  if (!('speechSynthesis' in window) || !window.SpeechSynthesisUtterance) {
    return;
  }
  var synth = window.speechSynthesis;
  var main = document.querySelector('main');
  var controls = document.querySelector('[data-listen-controls]');
  var pageButton = document.querySelector('[data-listen-page]');
  var stopButton = document.querySelector('[data-listen-stop]');
  var questionButtons = Array.prototype.slice.call(document.querySelectorAll('[data-listen-question]'));
  if (!main || (!pageButton && questionButtons.length === 0)) {
    return;
  }
  // never read: the Listen buttons themselves, words only for screen readers, and what is not text
  var SKIP = '[data-listen-controls], [data-listen-question], .visually-hidden, [aria-hidden="true"], '
    + 'script, style, noscript, template, select, svg';
  var LONGEST = 30; // words in one utterance: about ten seconds of speech
  var CURRENT = 'listen-current';
  var voice = null;
  var reading = null; // {button, kind, sentences: [{text, element}], next, paused, speaking, utterance}

  /** The visible text under root, as blocks (a paragraph, a heading, a list item…), each with its element. */
  function blocks(root) {
    var found = [];
    var text = '';
    var owner = root;
    function flush() {
      var words = text.replace(/\s+/g, ' ').trim();
      if (words) {
        found.push({ text: words, element: owner });
      }
      text = '';
    }
    function walk(node, parent) {
      if (node.nodeType === 3) {
        if (!text.trim()) {
          owner = parent;
        }
        text += node.nodeValue;
        return;
      }
      if (node.nodeType !== 1 || node.hidden || node.matches(SKIP)) {
        return;
      }
      var style = window.getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') {
        return;
      }
      var block = style.display.indexOf('inline') !== 0;
      if (block || node.tagName === 'BR') {
        flush();
      }
      Array.prototype.forEach.call(node.childNodes, function (child) { walk(child, block ? node : parent); });
      if (block) {
        flush();
      }
    }
    walk(root, root);
    flush();
    return found;
  }

  /** A block's sentences; a list number ("1.") or "e.g." does not end one; a long one is cut at a comma, else by words. */
  function sentences(text) {
    var found = [];
    var end = /[.!?]+["'\u201d\u2019)\]]*(?=\s|$)/g;
    var start = 0;
    var match;
    while ((match = end.exec(text)) !== null) {
      var upTo = match.index + match[0].length;
      var sentence = text.slice(start, upTo).trim();
      if (/^\d+\.$/.test(sentence) || /\b(e\.g|i\.e|etc|Mr|Mrs|Ms|Dr)\.$/.test(sentence)) {
        continue;
      }
      found.push(sentence);
      start = upTo;
    }
    var rest = text.slice(start).trim();
    if (rest) {
      found.push(rest);
    }
    return found.reduce(function (all, sentence) { return all.concat(pieces(sentence)); }, []);
  }

  function pieces(sentence) {
    var words = sentence.split(' ');
    if (words.length <= LONGEST) {
      return [sentence];
    }
    var cut = LONGEST;
    for (var i = LONGEST - 1; i >= LONGEST / 2; i--) {
      if (/[,;:]$/.test(words[i - 1])) {
        cut = i;
        break;
      }
    }
    return [words.slice(0, cut).join(' ')].concat(pieces(words.slice(cut).join(' ')));
  }

  function script(root) {
    var lines = [];
    blocks(root).forEach(function (block) {
      sentences(block.text).forEach(function (text) { lines.push({ text: text, element: block.element }); });
    });
    return lines;
  }

  /** A button's words come from the page, in its language: data-words-listen, -pause, -resume, -stop, -idle, -busy. */
  function label(button, action, busy) {
    button.querySelector('[data-listen-label]').textContent = button.getAttribute('data-words-' + action);
    button.querySelector('[data-listen-more]').textContent = ' ' + button.getAttribute(busy ? 'data-words-busy' : 'data-words-idle');
  }

  /** Buttons say what pressing them will do: Listen, Pause or Resume; Stop is shown while there is something to stop. */
  function showState() {
    if (pageButton) {
      var page = reading && reading.kind === 'page' ? reading : null;
      if (!page) {
        label(pageButton, 'listen', false);
      } else if (page.paused) {
        label(pageButton, 'resume', true);
      } else {
        label(pageButton, 'pause', true);
      }
      if (stopButton) {
        if (!page && document.activeElement === stopButton) {
          pageButton.focus();
        }
        stopButton.hidden = !page;
      }
    }
    questionButtons.forEach(function (button) {
      var mine = reading && reading.button === button;
      label(button, mine ? 'stop' : 'listen', mine);
    });
  }

  function mark(element) {
    Array.prototype.forEach.call(main.querySelectorAll('.' + CURRENT), function (old) { old.classList.remove(CURRENT); });
    if (element && element !== main) {
      element.classList.add(CURRENT);
    }
  }

  function speakNext() {
    var now = reading;
    if (!now || now.paused || now.speaking) {
      return;
    }
    if (now.next >= now.sentences.length) {
      stop();
      return;
    }
    var line = now.sentences[now.next];
    now.next += 1;
    var utterance = new window.SpeechSynthesisUtterance(line.text);
    utterance.lang = voice ? voice.lang : document.documentElement.lang || 'en-GB';
    if (voice) {
      utterance.voice = voice;
    }
    function done() {
      if (reading !== now || now.utterance !== utterance) {
        return; // an utterance cancelled by Stop, or by another Listen button
      }
      now.speaking = false;
      now.utterance = null;
      if (now.paused) {
        mark(null);
      } else {
        speakNext();
      }
    }
    utterance.onend = done;
    utterance.onerror = done;
    now.utterance = utterance; // held, or Chrome may collect it before its end event
    now.speaking = true;
    mark(line.element);
    synth.speak(utterance);
  }

  function start(button, kind, root) {
    var lines = script(root);
    var cancelled = stop();
    if (lines.length === 0) {
      return;
    }
    reading = { button: button, kind: kind, sentences: lines, next: 0, paused: false, speaking: false, utterance: null };
    showState();
    if (cancelled) {
      window.setTimeout(speakNext, 250); // in some browsers a speak() straight after cancel() is lost
    } else {
      speakNext();
    }
  }

  /** Stops reading at once; says whether speech had to be cut off. */
  function stop() {
    var was = reading;
    reading = null;
    mark(null);
    if (was && was.speaking) {
      synth.cancel();
    }
    showState();
    return Boolean(was && was.speaking);
  }

  function choose() {
    var voices = synth.getVoices() || [];
    if (voices.length === 0) {
      return false;
    }
    // a voice for the page's language (en-GB, pl, ur…): that tag, else the same language, else the browser's default
    var want = String(document.documentElement.lang || 'en-GB').toLowerCase();
    function tag(v) { return String(v.lang).replace('_', '-').toLowerCase(); }
    var exact = voices.filter(function (v) { return tag(v) === want; });
    var same = voices.filter(function (v) { return tag(v).split('-')[0] === want.split('-')[0]; });
    voice = exact[0] || same[0] || null;
    return true;
  }

  function offer() {
    if (!choose()) {
      return;
    }
    if (controls) {
      controls.hidden = false;
    }
    questionButtons.forEach(function (button) { button.hidden = false; });
  }

  if (pageButton) {
    pageButton.addEventListener('click', function () {
      if (!reading || reading.kind !== 'page') {
        start(pageButton, 'page', main);
      } else if (reading.paused) {
        reading.paused = false;
        showState();
        speakNext();
      } else {
        reading.paused = true;
        showState();
      }
    });
  }
  if (stopButton) {
    stopButton.addEventListener('click', stop);
  }
  questionButtons.forEach(function (button) {
    button.addEventListener('click', function () {
      if (reading && reading.button === button) {
        stop();
      } else {
        start(button, 'question', button.closest('fieldset') || button.parentNode);
      }
    });
  });
  window.addEventListener('pagehide', stop);

  offer();
  if (!choose()) {
    if (synth.addEventListener) {
      synth.addEventListener('voiceschanged', offer);
    } else {
      synth.onvoiceschanged = offer;
    }
  }
}());
