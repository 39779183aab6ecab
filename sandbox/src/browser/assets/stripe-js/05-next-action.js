// next_action handling shared by confirmCardPayment, confirmPayment, handleCardAction and
// handleNextAction: use_stripe_sdk opens the 3DS modal, redirect_to_url leaves the page.

function navigateTo(url) {
  var target = new URL(url, location.href);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw integrationError('Refusing to navigate to a non-http(s) URL.');
  }
  window.location.assign(target.href);
  return new Promise(function () {});
}

function tokenFromChallengeUrl(url) {
  var path = new URL(url, location.href).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** Runs a requires_action PaymentIntent's next action; resolves the final Stripe.js result. */
function runNextAction(key, clientSecret, intent) {
  var action = intent.next_action || {};
  if (action.type === 'redirect_to_url' && action.redirect_to_url) {
    return navigateTo(action.redirect_to_url.url);
  }
  if (action.type === 'use_stripe_sdk' && action.use_stripe_sdk && action.use_stripe_sdk.stripe_js) {
    var sdk = action.use_stripe_sdk;
    return openThreeDsModal(sdk.stripe_js, sdk.source || tokenFromChallengeUrl(sdk.stripe_js))
      .then(function () {
        return retrieveIntent(key, clientSecret);
      })
      .then(function (response) {
        return response.error ? { error: response.error } : resultFromIntent(response.body);
      });
  }
  var error = unsupportedError('The next action "' + action.type + '"');
  return Promise.resolve({ error: assign(error, { payment_intent: intent }) });
}

/** handleCardAction / handleNextAction: the PaymentIntent must be waiting for the customer. */
function handleIntentAction(key, clientSecret, method) {
  return retrieveIntent(key, clientSecret).then(function (response) {
    if (response.error) return { error: response.error };
    var intent = response.body;
    if (intent.status !== 'requires_action') {
      return {
        error: {
          type: 'invalid_request_error',
          code: 'payment_intent_unexpected_state',
          message: method + ': the PaymentIntent has status ' + intent.status + ', but it must be requires_action.',
          payment_intent: intent,
        },
      };
    }
    return runNextAction(key, clientSecret, intent);
  });
}

/** Confirms with the publishable key and runs the next action unless the caller handles it. */
function confirmIntent(key, clientSecret, params, handleActions) {
  var id = intentIdFromSecret(clientSecret, 'confirm');
  var body = assign({ key: key, client_secret: clientSecret, use_stripe_sdk: true }, params);
  return callApi('POST', '/v1/payment_intents/' + id + '/confirm', body).then(function (response) {
    if (response.error) return { error: response.error };
    var intent = response.body;
    if (intent.status === 'requires_action' && handleActions) return runNextAction(key, clientSecret, intent);
    return resultFromIntent(intent);
  });
}
