// The sandbox 3D Secure challenge: reads the attempt, then completes or fails it. In a page it
// follows the server's redirect_url; inside the Stripe.js modal (?frame=modal) it tells the parent.
(function () {
  'use strict';

  var token = decodeURIComponent(location.pathname.slice(location.pathname.lastIndexOf('/') + 1));
  var isModal = new URLSearchParams(location.search).get('frame') === 'modal';
  var apiPath = '/v1/sandbox_3ds/' + encodeURIComponent(token);
  var buttons = { complete: byId('complete'), fail: byId('fail') };
  var statusNode = byId('status');

  function byId(id) {
    return document.getElementById(id);
  }

  function setStatus(text, tone) {
    statusNode.textContent = text;
    statusNode.className = 'status' + (tone ? ' status--' + tone : '');
  }

  function setButtons(enabled) {
    buttons.complete.disabled = buttons.fail.disabled = !enabled;
  }

  function request(method, body) {
    return fetch(apiPath, {
      method: method,
      headers: body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : undefined,
      body: body,
      cache: 'no-store',
      credentials: 'omit',
    }).then(function (response) {
      return response.json().then(function (json) {
        return { ok: response.ok, body: json };
      });
    });
  }

  function formatAmount(amount, currency) {
    try {
      var code = String(currency).toUpperCase();
      var format = new Intl.NumberFormat(navigator.language || 'en-US', { style: 'currency', currency: code });
      var digits = format.resolvedOptions().maximumFractionDigits;
      return format.format(amount / Math.pow(10, digits));
    } catch (error) {
      return amount + ' ' + currency;
    }
  }

  function merchantName(attempt) {
    var source = attempt.return_url || document.referrer;
    try {
      return source ? new URL(source).host : 'Sandbox merchant';
    } catch (error) {
      return 'Sandbox merchant';
    }
  }

  function showDecided(status) {
    setButtons(false);
    byId('actions').hidden = true;
    setStatus(
      status === 'completed'
        ? 'This authentication was already completed. You can close this page.'
        : 'This authentication already failed. You can close this page.',
      status === 'completed' ? 'success' : 'danger',
    );
  }

  function render(attempt) {
    byId('merchant').textContent = merchantName(attempt);
    byId('amount').textContent = formatAmount(attempt.amount, attempt.currency);
    byId('payment').textContent = attempt.payment_intent;
    if (attempt.status !== 'pending') return showDecided(attempt.status);
    setStatus('Waiting for your choice.');
    setButtons(true);
    buttons.complete.focus();
  }

  function safeRedirect(url) {
    var target = new URL(url, location.href);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error('unsafe redirect');
    location.href = target.href;
  }

  function decide(outcome) {
    setButtons(false);
    setStatus(outcome === 'complete' ? 'Completing authentication…' : 'Failing authentication…');
    request('POST', 'outcome=' + outcome)
      .then(function (result) {
        if (!result.ok) {
          var decided =
            result.body && result.body.error && result.body.error.code === 'payment_intent_unexpected_state';
          return decided
            ? load()
            : setStatus((result.body.error && result.body.error.message) || 'Something went wrong.', 'danger');
        }
        var done = outcome === 'complete' ? 'Authentication completed.' : 'Authentication failed.';
        if (isModal) {
          setStatus(done + ' Returning to the merchant…', outcome === 'complete' ? 'success' : 'danger');
          window.parent.postMessage({ type: 'sandbox-3ds-result', token: token, outcome: outcome }, '*');
        } else if (result.body.redirect_url) {
          setStatus(done + ' Returning to the merchant…', outcome === 'complete' ? 'success' : 'danger');
          safeRedirect(result.body.redirect_url);
        } else {
          setStatus(done + ' You can close this page.', outcome === 'complete' ? 'success' : 'danger');
        }
      })
      .catch(function () {
        setButtons(true);
        setStatus('Could not reach the Stripe sandbox. Try again.', 'danger');
      });
  }

  function load() {
    return request('GET')
      .then(function (result) {
        if (!result.ok) {
          byId('actions').hidden = true;
          setStatus('This authentication link is invalid or has expired.', 'danger');
          return;
        }
        render(result.body);
      })
      .catch(function () {
        setStatus('Could not reach the Stripe sandbox. Reload to try again.', 'danger');
      });
  }

  // Inside the modal, report the content height so the dialog fits it (the host caps it).
  if (isModal && window.ResizeObserver) {
    new ResizeObserver(function () {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ type: 'sandbox-3ds-resize', token: token, height: height }, '*');
    }).observe(document.body);
  }

  buttons.complete.addEventListener('click', function () {
    decide('complete');
  });
  buttons.fail.addEventListener('click', function () {
    decide('fail');
  });
  load();
})();
