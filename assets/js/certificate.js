/*
 * The certificate page: shows the certificate of each age band whose lessons this device keeps as done
 * (progress.js), lets the pupil choose one if there are several, puts the name typed on it and prints it.
 * The name is in no form and is never stored or sent: it lives only in this page until it is closed.
 */
(function () {
  'use strict';
  var progress = window.EsafetyHubProgress;
  var help = document.querySelector('[data-certificate-help]');
  var maker = document.querySelector('[data-certificate-maker]');
  var certificates = Array.prototype.slice.call(document.querySelectorAll('[data-certificate]'));
  var saved = progress && progress.saved();
  if (!saved || !maker) {
    return;
  }
  var complete = certificates.filter(function (certificate) {
    var lessons = certificate.getAttribute('data-lessons').split(' ').filter(Boolean);
    return lessons.length > 0 && lessons.every(function (id) { return saved[id] && saved[id].done; });
  });
  if (complete.length === 0) {
    return;
  }

  function show(id) {
    certificates.forEach(function (certificate) { certificate.hidden = certificate.id !== id; });
    var radio = maker.querySelector('input[name=certificate-band][value="' + id + '"]');
    if (radio) {
      radio.checked = true;
    }
  }

  var wanted = window.location.hash.slice(1);
  var first = complete.filter(function (certificate) { return certificate.id === wanted; })[0] || complete[0];
  if (complete.length > 1) {
    complete.forEach(function (certificate) {
      var choice = maker.querySelector('[data-certificate-choice="' + certificate.id + '"]');
      if (choice) {
        choice.hidden = false;
        choice.querySelector('input').addEventListener('change', function () { show(certificate.id); });
      }
    });
    maker.querySelector('[data-certificate-bands]').hidden = false;
  }

  var name = document.getElementById('certificate-name');
  name.addEventListener('input', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-certificate-name]'), function (line) {
      line.textContent = name.value;
    });
  });
  var today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  Array.prototype.forEach.call(document.querySelectorAll('[data-certificate-date]'), function (line) {
    line.textContent = today;
  });
  maker.querySelector('[data-certificate-print]').addEventListener('click', function () {
    window.print();
  });

  show(first.id);
  help.hidden = true;
  maker.hidden = false;
}());
