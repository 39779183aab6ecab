// window.Stripe: a plain callable function, as @stripe/stripe-js expects of Stripe.js.

var UNSUPPORTED_METHODS = [
  'confirmSetup',
  'confirmCardSetup',
  'retrieveSetupIntent',
  'createRadarSession',
  'createSource',
  'retrieveSource',
  'verifyMicrodepositsForPayment',
];

/** Runs fn, turning a synchronous throw (an IntegrationError) into a rejected promise. */
function attempt(fn) {
  return new Promise(function (resolve) {
    resolve(fn());
  });
}

function paymentRequestStub() {
  var request = {
    canMakePayment: function () {
      return Promise.resolve(null);
    },
    show: function () {
      throw integrationError('Payment Request buttons are not supported by the Stripe sandbox.');
    },
    update: function () {},
    abort: function () {},
    isShowing: function () {
      return false;
    },
    on: function () {
      return request;
    },
    once: function () {
      return request;
    },
    off: function () {
      return request;
    },
  };
  return request;
}

function returnUrlWithResult(returnUrl, intent, clientSecret) {
  var url = new URL(returnUrl, location.href);
  var succeeded = ['succeeded', 'requires_capture', 'processing'].indexOf(intent.status) !== -1;
  url.searchParams.set('payment_intent', intent.id);
  url.searchParams.set('payment_intent_client_secret', clientSecret);
  url.searchParams.set('redirect_status', succeeded ? 'succeeded' : 'failed');
  return url.href;
}

function createStripeClient(key) {
  function createInFrame(controller, params) {
    return controller.request('createPaymentMethod', { key: key, params: params });
  }

  /** The Element that collected the card for an `elements` group (Payment Element first). */
  function groupController(elements, method) {
    var group = groupInternals.get(elements);
    if (!group) throw integrationError(method + ': `elements` must be created by stripe.elements().');
    var controller = group.controllers.payment || group.controllers.card;
    if (!controller) throw integrationError(method + ': the Elements group has no card or Payment Element.');
    if (controller.type === 'payment' && group.isDeferred() && !group.submitted) {
      throw integrationError(
        'elements.submit() must be called before stripe.' +
          method +
          '(). Call elements.submit() as soon as your customer presses pay, prior to any asynchronous work.',
      );
    }
    return { group: group, controller: controller };
  }

  /** confirmCardPayment's payment_method: an id, card Element data, or nothing (already attached). */
  function paymentMethodId(paymentMethod) {
    if (paymentMethod === undefined || paymentMethod === null) return Promise.resolve({});
    if (typeof paymentMethod === 'string') return Promise.resolve({ id: paymentMethod });
    var controller = elementControllers.get(paymentMethod.card);
    if (!controller) throw integrationError('confirmCardPayment: payment_method.card must be a mounted card Element.');
    var params = assign({}, paymentMethod);
    delete params.card;
    return createInFrame(controller, params).then(function (result) {
      return result.error ? { error: result.error } : { id: result.paymentMethod.id };
    });
  }

  var client = {
    elements: function (options) {
      return createElementsGroup(options);
    },

    createPaymentMethod: function (data, element, extra) {
      return attempt(function () {
        // Legacy form: createPaymentMethod('card', cardElement, { billing_details }).
        if (typeof data === 'string') data = assign({}, extra, { type: data, card: element });
        if (data && data.elements) {
          var found = groupController(data.elements, 'createPaymentMethod');
          if (
            found.controller.type === 'payment' &&
            found.group.isDeferred() &&
            found.group.options.paymentMethodCreation !== 'manual'
          ) {
            throw integrationError(
              "stripe.createPaymentMethod() with the Payment Element needs `paymentMethodCreation: 'manual'` in the stripe.elements() options.",
            );
          }
          return createInFrame(found.controller, data.params || {});
        }
        if (!data || data.type !== 'card') {
          return { error: unsupportedError('createPaymentMethod with type "' + (data && data.type) + '"') };
        }
        var controller = elementControllers.get(data.card);
        if (!controller) {
          if (data.card && data.card.token) return { error: unsupportedError('Creating a PaymentMethod from a token') };
          throw integrationError('createPaymentMethod: `card` must be a mounted card Element.');
        }
        var params = assign({}, data);
        delete params.type;
        delete params.card;
        return createInFrame(controller, params);
      });
    },

    createConfirmationToken: function (options) {
      return attempt(function () {
        if (!options || !options.elements) {
          throw integrationError('stripe.createConfirmationToken(): the `elements` option is required.');
        }
        var found = groupController(options.elements, 'createConfirmationToken');
        var params = assign({}, options.params);
        var paymentMethodData = params.payment_method_data || {};
        delete params.payment_method_data;
        return createInFrame(found.controller, paymentMethodData).then(function (result) {
          if (result.error) return { error: result.error };
          var body = assign({ key: key, payment_method: result.paymentMethod.id }, params);
          return callApi('POST', '/v1/confirmation_tokens', body).then(function (response) {
            return response.error ? { error: response.error } : { confirmationToken: response.body };
          });
        });
      });
    },

    createToken: function (element, data) {
      return attempt(function () {
        var controller = element && typeof element === 'object' ? elementControllers.get(element) : null;
        if (typeof element === 'string' || (controller && controller.type !== 'card')) {
          return { error: unsupportedError('stripe.createToken() for anything but a card Element') };
        }
        if (!controller) {
          throw integrationError('You must provide a Stripe Element or a valid token type to create a Token.');
        }
        return controller.request('createToken', { key: key, params: data || {} });
      });
    },

    confirmCardPayment: function (clientSecret, data, options) {
      return attempt(function () {
        intentIdFromSecret(clientSecret, 'confirmCardPayment');
        var params = assign({}, data);
        delete params.payment_method;
        return paymentMethodId(data && data.payment_method).then(function (paymentMethod) {
          if (paymentMethod.error) return { error: paymentMethod.error };
          if (paymentMethod.id) params.payment_method = paymentMethod.id;
          return confirmIntent(key, clientSecret, params, !options || options.handleActions !== false);
        });
      });
    },

    confirmPayment: function (options) {
      return attempt(function () {
        options = options || {};
        var found = options.elements ? groupController(options.elements, 'confirmPayment') : null;
        var clientSecret = options.clientSecret || (found && found.group.options.clientSecret);
        var redirect = options.redirect || 'always';
        var confirmParams = assign({}, options.confirmParams);
        intentIdFromSecret(clientSecret, 'confirmPayment');
        if (redirect === 'always' && !confirmParams.return_url) {
          throw integrationError(
            "stripe.confirmPayment(): the `confirmParams.return_url` argument is required unless passing `redirect: 'if_required'`.",
          );
        }
        var returnUrl = confirmParams.return_url;
        var paymentMethodData = confirmParams.payment_method_data || {};
        delete confirmParams.payment_method_data;
        // Sandbox policy: without a forced redirect, card 3DS runs in the modal (use_stripe_sdk).
        if (redirect === 'if_required') delete confirmParams.return_url;
        var created = found ? createInFrame(found.controller, paymentMethodData) : Promise.resolve({});
        return created
          .then(function (result) {
            if (result.error) return { error: result.error };
            if (result.paymentMethod) confirmParams.payment_method = result.paymentMethod.id;
            return confirmIntent(key, clientSecret, confirmParams, true);
          })
          .then(function (outcome) {
            if (redirect === 'always' && outcome.paymentIntent) {
              return navigateTo(returnUrlWithResult(returnUrl, outcome.paymentIntent, clientSecret));
            }
            return outcome;
          });
      });
    },

    handleCardAction: function (clientSecret) {
      return attempt(function () {
        intentIdFromSecret(clientSecret, 'handleCardAction');
        return handleIntentAction(key, clientSecret, 'handleCardAction');
      });
    },

    handleNextAction: function (options) {
      return attempt(function () {
        var clientSecret = options && options.clientSecret;
        intentIdFromSecret(clientSecret, 'handleNextAction');
        return handleIntentAction(key, clientSecret, 'handleNextAction');
      });
    },

    retrievePaymentIntent: function (clientSecret) {
      return attempt(function () {
        return retrieveIntent(key, clientSecret).then(function (response) {
          return response.error ? { error: response.error } : { paymentIntent: response.body };
        });
      });
    },

    paymentRequest: paymentRequestStub,
    registerAppInfo: function () {},
    _registerWrapper: function () {},
  };

  UNSUPPORTED_METHODS.forEach(function (name) {
    client[name] = function () {
      return Promise.resolve({ error: unsupportedError('stripe.' + name + '()') });
    };
  });
  return client;
}

function Stripe(publishableKey) {
  if (typeof publishableKey !== 'string' || publishableKey === '') {
    throw integrationError('Please call Stripe() with your publishable key. You used an empty string.');
  }
  if (/^sk_/.test(publishableKey)) {
    throw integrationError('You should not use your secret key with Stripe.js. Please pass a publishable key instead.');
  }
  if (!/^pk_test_[A-Za-z0-9_]+$/.test(publishableKey)) {
    throw integrationError(
      'Invalid API key for the Stripe sandbox: expected pk_test_<account>, got "' +
        publishableKey.slice(0, 12) +
        '...".',
    );
  }
  return createStripeClient(publishableKey);
}
Stripe.version = 'endive';

if (!window.Stripe) window.Stripe = Stripe;
