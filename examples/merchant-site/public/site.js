// @ts-check
// The demo shop's browser code: asks its own server for an embedded checkout session, then mounts it
// with Tillpoint's embed.js (inline or in the overlay) and shows every message it receives.
(function () {
  'use strict';

  var inlineButton = /** @type {HTMLButtonElement} */ (document.getElementById('pay-inline'));
  var overlayButton = /** @type {HTMLButtonElement} */ (document.getElementById('pay-overlay'));
  var log = /** @type {HTMLOListElement} */ (document.getElementById('event-log'));
  var placeholder = /** @type {HTMLElement} */ (document.getElementById('checkout-placeholder'));
  var orderStatus = /** @type {HTMLElement} */ (document.getElementById('order-status'));
  var siteError = /** @type {HTMLElement} */ (document.getElementById('site-error'));
  /** @type {TillpointInline | null} */
  var inline = null;
  var busy = false;

  /** @param {boolean} value */
  function setBusy(value) {
    busy = value;
    inlineButton.disabled = overlayButton.disabled = value;
  }

  /** @param {TillpointEvent} event */
  function record(event) {
    var empty = log.querySelector('.log__empty');
    if (empty) empty.remove();
    var item = document.createElement('li');
    item.dataset.type = event.type;
    item.dataset.at = String(Date.now());
    var detail =
      event.type === 'resize'
        ? event.height + ' px'
        : event.type === 'succeeded'
          ? event.payment
          : event.type === 'failed'
            ? event.code + ': ' + event.message
            : '';
    item.dataset.detail = detail;
    var time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    var type = document.createElement('code');
    type.textContent = event.type;
    item.append(time, ' ', type, detail ? ' ' + detail : '');
    log.prepend(item);
  }

  /** @param {TillpointEvent} event */
  function onEvent(event) {
    record(event);
    if (event.type === 'processing' || event.type === 'requires_action') setBusy(true);
    if (event.type === 'failed' || event.type === 'expired' || event.type === 'close') setBusy(false);
    if (event.type === 'succeeded') {
      setBusy(false);
      void confirmOrder(event.session);
    }
  }

  /** The message says paid; the shop's server asks Tillpoint before it ships anything. @param {string} session */
  function confirmOrder(session) {
    return fetch('/api/orders/' + encodeURIComponent(session), { cache: 'no-store' })
      .then(function (response) {
        return response.json();
      })
      .then(function (order) {
        if (order.status !== 'complete') return;
        orderStatus.textContent = 'Order confirmed by the shop’s server: payment ' + order.payment + ' is complete.';
        orderStatus.classList.add('order-status--done');
      });
  }

  /** @param {'inline' | 'overlay'} mode */
  function start(mode) {
    if (busy) return;
    siteError.hidden = true;
    orderStatus.textContent = '';
    orderStatus.classList.remove('order-status--done');
    var choice = /** @type {HTMLInputElement} */ (document.querySelector('input[name="threeds"]:checked'));
    inlineButton.disabled = overlayButton.disabled = true;
    fetch('/api/checkout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ threeDSecureUi: choice.value }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('The shop could not start a checkout (' + response.status + ').');
        return response.json();
      })
      .then(function (body) {
        if (inline) inline.destroy();
        inline = null;
        if (mode === 'inline') {
          placeholder.hidden = true;
          inline = Tillpoint.mount('#checkout', { session: body.session, onEvent: onEvent });
          placeholder.parentElement?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        } else {
          Tillpoint.open({ session: body.session, onEvent: onEvent });
        }
      })
      .catch(function (error) {
        siteError.textContent = error.message;
        siteError.hidden = false;
      })
      .finally(function () {
        inlineButton.disabled = overlayButton.disabled = busy;
      });
  }

  inlineButton.addEventListener('click', function () {
    start('inline');
  });
  overlayButton.addEventListener('click', function () {
    start('overlay');
  });
})();
