/*
 * Site search in the browser. The header's search box and the search page's form send q to
 * /search/; this script fetches /search-index.json (baked by SearchIndex.java) on the first search
 * and lists the pages that match: title matches first, then headings, summary and other words.
 * A word matches as itself, by its start or stem ("block" finds blocking, "bullied" bullying), or
 * less strongly with a slip of spelling: one letter wrong, missing, extra or swapped in a word of
 * 4 to 7 letters, two in a word of 8 or more ("screnshot" finds screenshot, "blokc" blocking).
 * Without this script the page is the list of every page from A to Z. A search from a translated page
 * sends lang (its language's code) and finds that language's pages; without it, English pages.
 */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var none = document.getElementById('search-none');
  if (!form || !input || !status || !results || !none || !window.fetch || !window.URLSearchParams) {
    return;
  }
  // title, headings, summary, other words: a title match outranks all the others together
  var FIELD_WEIGHTS = [1000, 100, 10, 1];
  var SAME_WORD = 2;
  var SLIP = 1;
  var loading = null;
  var WORD = /[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*/gu;
  var language = new URLSearchParams(window.location.search).get('lang') || 'en';

  function plain(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['\u2019]/g, '');
  }

  /* The words of a page's text, as SearchWords.java makes them: "cyber-bullying" is cyber, bullying and cyberbullying. */
  function wordsOf(text) {
    var words = [];
    (plain(text).match(WORD) || []).forEach(function (word) {
      var parts = word.split('-');
      words.push.apply(words, parts);
      if (parts.length > 1) {
        words.push(parts.join(''));
      }
    });
    return unique(words);
  }

  function unique(words) {
    var seen = {};
    return words.filter(function (word) {
      return seen[word] ? false : (seen[word] = true);
    });
  }

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute('data-search-index'), { headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('search index answered ' + response.status);
          }
          return response.json();
        })
        .then(function (index) {
          var stopWords = {};
          index.stopWords.split(' ').forEach(function (word) { stopWords[word] = true; });
          return {
            stopWords: stopWords,
            pages: index.pages.filter(function (page) {
              return (page.lang || 'en') === language;
            }).map(function (page) {
              var fields = [wordsOf(page.title), wordsOf(page.headings.join(' ')), wordsOf(page.summary),
                page.words ? page.words.split(' ') : []];
              return { page: page, fields: fields, shortness: fields.map(shortness) };
            })
          };
        });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  /* A match counts for more in a shorter field: one heading in nine says more about a page than one in forty. */
  function shortness(words) {
    return 1 / (1 + words.length / 100);
  }

  /* Optimal string alignment distance between a and b, or max + 1 as soon as it must exceed max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var rows = [];
    var i;
    var j;
    for (i = 0; i <= a.length; i++) {
      rows[i] = [i];
    }
    for (j = 1; j <= b.length; j++) {
      rows[0][j] = j;
    }
    for (i = 1; i <= a.length; i++) {
      var rowBest = max + 1;
      for (j = 1; j <= b.length; j++) {
        var d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d = Math.min(d, rows[i - 2][j - 2] + 1);
        }
        rows[i][j] = d;
        rowBest = Math.min(rowBest, d);
      }
      if (rowBest > max) {
        return max + 1;
      }
    }
    return rows[a.length][b.length];
  }

  function strength(term, word) {
    if (term === word || (term.length >= 3 && word.indexOf(term) === 0)) {
      return SAME_WORD;
    }
    var shorter = Math.min(term.length, word.length);
    var common = 0;
    while (common < shorter && term[common] === word[common]) {
      common++;
    }
    if (common >= 4 && common >= shorter - 2) {
      return SAME_WORD;
    }
    var slips = term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
    if (slips === 0) {
      return 0;
    }
    // the whole word, or its start: "blokc" is a slip for block, the start of blocking
    var candidates = [word, word.slice(0, term.length), word.slice(0, term.length + 1)];
    for (var c = 0; c < candidates.length; c++) {
      if (distance(term, candidates[c], slips) <= slips) {
        return SLIP;
      }
    }
    return 0;
  }

  function score(entry, terms) {
    var result = { matched: 0, total: 0 };
    terms.forEach(function (term) {
      var termScore = 0;
      entry.fields.forEach(function (words, field) {
        var strongest = 0;
        for (var k = 0; k < words.length && strongest < SAME_WORD; k++) {
          strongest = Math.max(strongest, strength(term, words[k]));
        }
        termScore += strongest * FIELD_WEIGHTS[field] * entry.shortness[field];
      });
      if (termScore > 0) {
        result.matched += 1;
        result.total += termScore;
      }
    });
    return result;
  }

  /* Pages matching every word of the query; if none does, pages matching any, those matching most first. */
  function search(index, query) {
    var words = unique(plain(query).match(/[\p{L}\p{N}\p{M}]+/gu) || []);
    var terms = words.filter(function (word) { return !index.stopWords[word]; });
    if (terms.length === 0) {
      terms = words;
    }
    var found = index.pages.map(function (entry) {
      return { page: entry.page, score: score(entry, terms) };
    }).filter(function (hit) { return hit.score.matched > 0; });
    var matchingAll = found.filter(function (hit) { return hit.score.matched === terms.length; });
    if (matchingAll.length > 0) {
      found = matchingAll;
    }
    found.sort(function (a, b) {
      return b.score.matched - a.score.matched || b.score.total - a.score.total || a.page.title.localeCompare(b.page.title);
    });
    return found.map(function (hit) { return hit.page; });
  }

  function show(query, pages) {
    results.textContent = '';
    pages.forEach(function (page) {
      var item = document.createElement('li');
      item.className = 'search-result';
      var link = document.createElement('a');
      link.className = 'search-result__link';
      link.href = page.url;
      link.textContent = page.title;
      item.appendChild(link);
      if (page.summary) {
        var summary = document.createElement('p');
        summary.textContent = page.summary;
        item.appendChild(summary);
      }
      results.appendChild(item);
    });
    results.hidden = pages.length === 0;
    none.hidden = pages.length > 0;
    var count = pages.length === 0 ? 'No pages' : pages.length === 1 ? '1 page' : pages.length + ' pages';
    status.textContent = count + ' found for \u201c' + query + '\u201d.';
  }

  function run(query) {
    query = query.trim();
    status.textContent = '';
    if (!query) {
      results.hidden = true;
      none.hidden = true;
      return;
    }
    load().then(function (index) {
      show(query, search(index, query));
    }, function () {
      status.textContent = 'Search is not working at the moment. Every page is listed below, from A to Z.';
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim())
      + (language === 'en' ? '' : '&lang=' + encodeURIComponent(language)));
    run(input.value);
  });

  input.value = new URLSearchParams(window.location.search).get('q') || '';
  run(input.value);
}());
