// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Buttons with data-confirm ask before submitting their form.
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = button && button.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Blocks marked data-show-when="field=VALUE" show only while that field has that value
  // (e.g. IBAN and BIC for "Prélèvement"). Without JavaScript they are simply always shown.
  function refresh(form) {
    form.querySelectorAll('[data-show-when]').forEach(function (block) {
      var rule = block.getAttribute('data-show-when').split('=');
      var field = form.querySelector('[name="' + rule[0] + '"]');
      if (field) {
        block.classList.toggle('is-hidden', field.value !== rule[1]);
      }
    });
  }
  document.querySelectorAll('form').forEach(function (form) {
    if (form.querySelector('[data-show-when]')) {
      refresh(form);
      form.addEventListener('change', function () { refresh(form); });
    }
  });
})();
