/*
 * "Exit this page": leave at once for a neutral site, replacing this page in the history so the
 * back button does not return to it. Works on the link (which also works without JavaScript) and
 * on three presses of the Shift key within two seconds.
 */
(function () {
  'use strict';
  var link = document.querySelector('[data-quick-exit]');
  if (!link) {
    return;
  }
  var shiftPresses = 0;
  var resetTimer = null;

  function exitNow(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add('is-exiting');
    document.title = 'Loading';
    window.location.replace(link.href);
  }

  link.addEventListener('click', exitNow);
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      shiftPresses = 0;
      return;
    }
    shiftPresses += 1;
    window.clearTimeout(resetTimer);
    if (shiftPresses >= 3) {
      shiftPresses = 0;
      exitNow();
      return;
    }
    resetTimer = window.setTimeout(function () { shiftPresses = 0; }, 2000);
  });
}());
