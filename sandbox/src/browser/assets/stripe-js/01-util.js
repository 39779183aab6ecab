// Shared helpers of the Stripe.js stand-in. The files in this folder are concatenated, in name
// order, inside one IIFE by assets.ts; top-level declarations are private to the script.

/** The sandbox origin: where this script was loaded from, so the API and the frames share it. */
var SANDBOX_ORIGIN = (function () {
  var script = document.currentScript;
  var src = script && script.src;
  if (!src) {
    var found = document.querySelector('script[src$="/v3"], script[src$="/v3/"]');
    src = found ? found.src : 'http://localhost:12111/v3/';
  }
  return new URL(src, location.href).origin;
})();

function integrationError(message) {
  var error = new Error(message);
  error.name = 'IntegrationError';
  return error;
}

function unsupportedError(what) {
  return {
    type: 'invalid_request_error',
    code: 'sandbox_unsupported',
    message: what + ' is not supported by the Stripe sandbox.',
  };
}

function assign(target) {
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    if (!source) continue;
    for (var key in source) {
      if (Object.prototype.hasOwnProperty.call(source, key)) target[key] = source[key];
    }
  }
  return target;
}

function randomId(prefix) {
  var bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  var hex = '';
  for (var i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return prefix + hex;
}

/** Stripe's form encoding: nested keys in brackets, arrays indexed, null as an empty string. */
function encodeForm(params) {
  var parts = [];
  function add(key, value) {
    if (value === undefined || typeof value === 'function') return;
    if (value === null) {
      parts.push(encodeURIComponent(key) + '=');
    } else if (Array.isArray(value)) {
      value.forEach(function (item, index) {
        add(key + '[' + index + ']', item);
      });
    } else if (typeof value === 'object') {
      if (elementControllers.has(value)) return;
      Object.keys(value).forEach(function (name) {
        add(key ? key + '[' + name + ']' : name, value[name]);
      });
    } else {
      parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(String(value)));
    }
  }
  add('', params);
  return parts.join('&');
}

/** Calls the sandbox API; resolves { body } on success or { error } (never rejects). */
function callApi(method, path, params) {
  var query = method === 'GET' ? '?' + encodeForm(params) : '';
  var init = { method: method, credentials: 'omit', cache: 'no-store' };
  if (method !== 'GET') {
    init.headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    init.body = encodeForm(params);
  }
  return fetch(SANDBOX_ORIGIN + path + query, init).then(
    function (response) {
      return response.json().then(
        function (body) {
          if (response.ok) return { body: body };
          return { error: (body && body.error) || { type: 'api_error', message: 'HTTP ' + response.status } };
        },
        function () {
          return { error: { type: 'api_error', message: 'Invalid response from the Stripe sandbox.' } };
        },
      );
    },
    function () {
      return {
        error: {
          type: 'api_connection_error',
          message: 'Could not reach the Stripe sandbox at ' + SANDBOX_ORIGIN + '.',
        },
      };
    },
  );
}

/** Splits `pi_123_secret_abc` into the PaymentIntent id; throws like Stripe.js on a bad value. */
function intentIdFromSecret(clientSecret, method) {
  var match = typeof clientSecret === 'string' && /^(pi_[A-Za-z0-9]+)_secret_[A-Za-z0-9_-]+$/.exec(clientSecret);
  if (!match) {
    throw integrationError(
      'Invalid value for ' + method + ' intent secret: value should be a PaymentIntent client secret.',
    );
  }
  return match[1];
}

function retrieveIntent(key, clientSecret) {
  var id = intentIdFromSecret(clientSecret, 'retrievePaymentIntent');
  return callApi('GET', '/v1/payment_intents/' + id, { key: key, client_secret: clientSecret });
}

/** Stripe.js reports a PaymentIntent that fell back to requires_payment_method as an error. */
function resultFromIntent(intent) {
  if (intent.status === 'requires_payment_method' && intent.last_payment_error) {
    return { error: assign({}, intent.last_payment_error, { payment_intent: intent }) };
  }
  return { paymentIntent: intent };
}
