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

  // A basket's totals follow its quantities as they are typed (the server computes them
  // again from the catalogue on saving). Amounts are counted in cents, VAT half-up at the rate the
  // table carries (data-vat-percent: 20, or 0 for an exempt billing point).
  function euros(cents, perMonth) {
    var text = (cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      .replace(/\u202f|\u00a0/g, ' ') + ' €';
    return perMonth ? text + '/mois' : text;
  }
  function cents(value) {
    return Math.round(parseFloat(value) * 100);
  }
  document.querySelectorAll('form').forEach(function (form) {
    var boxes = form.querySelectorAll('input.quantity[data-setup]');
    var totals = form.querySelector('#totals');
    if (!boxes.length || !totals) {
      return;
    }
    var rate = parseInt(totals.getAttribute('data-vat-percent') || '20', 10) / 100;
    form.addEventListener('input', function () {
      var setup = 0;
      var monthly = 0;
      boxes.forEach(function (box) {
        var quantity = parseInt(box.value, 10);
        // an amendment sets up only the units it adds (data-initial: what the OC has)
        var initial = parseInt(box.getAttribute('data-initial') || '0', 10);
        if (quantity > 0) {
          setup += cents(box.getAttribute('data-setup')) * Math.max(quantity - initial, 0);
          monthly += cents(box.getAttribute('data-monthly')) * quantity;
        }
      });
      var setupVat = Math.round(setup * rate);
      var monthlyVat = Math.round(monthly * rate);
      totals.querySelector('#setup-ht').textContent = euros(setup, false);
      totals.querySelector('#setup-vat').textContent = euros(setupVat, false);
      totals.querySelector('#setup-ttc').textContent = euros(setup + setupVat, false);
      totals.querySelector('#monthly-ht').textContent = euros(monthly, true);
      totals.querySelector('#monthly-vat').textContent = euros(monthlyVat, true);
      totals.querySelector('#monthly-ttc').textContent = euros(monthly + monthlyVat, true);
    });
  });
  // An amendment's box per product (guide 001's "Constitution de mon panier"): unticked, its
  // quantity goes to 0; ticked again, it comes back to what it was (1 at least). Typing a
  // quantity ticks or unticks it. Hidden without JavaScript: the quantity alone says it.
  document.querySelectorAll('input.product-chosen[data-quantity-of]').forEach(function (box) {
    var quantity = document.getElementById(box.getAttribute('data-quantity-of'));
    if (!quantity) {
      return;
    }
    var last = parseInt(quantity.value, 10) > 0 ? quantity.value : '1';
    box.hidden = false;
    box.checked = parseInt(quantity.value, 10) > 0;
    box.addEventListener('change', function () {
      if (!box.checked && parseInt(quantity.value, 10) > 0) {
        last = quantity.value;
      }
      quantity.value = box.checked ? last : '0';
      quantity.dispatchEvent(new Event('input', { bubbles: true }));
    });
    quantity.addEventListener('input', function () {
      box.checked = parseInt(quantity.value, 10) > 0;
    });
  });
  // A box marked data-select-all="name" ticks or unticks every box of that name in its
  // form (the licence list's "Licence" box, guide 004), and shows whether all, some or none
  // are ticked. It is hidden without JavaScript, where it could do nothing.
  document.querySelectorAll('[data-select-all]').forEach(function (master) {
    var form = master.closest('form');
    var name = master.getAttribute('data-select-all');
    var boxes = function () {
      return Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name="' + name + '"]'));
    };
    var follow = function () {
      var ticked = boxes().filter(function (box) { return box.checked; }).length;
      master.checked = ticked > 0 && ticked === boxes().length;
      master.indeterminate = ticked > 0 && ticked < boxes().length;
    };
    master.hidden = false;
    master.addEventListener('change', function () {
      boxes().forEach(function (box) { box.checked = master.checked; });
    });
    form.addEventListener('change', function (event) {
      if (event.target.name === name) {
        follow();
      }
    });
    follow();
  });
})();
