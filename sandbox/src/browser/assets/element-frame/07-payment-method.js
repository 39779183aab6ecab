// PaymentMethod creation: the card data goes from this frame straight to the sandbox API.

function encodeForm(params) {
  var parts = [];
  (function add(key, value) {
    if (value === undefined || typeof value === 'function') return;
    if (value === null) return void parts.push(encodeURIComponent(key) + '=');
    if (typeof value === 'object') {
      Object.keys(value).forEach(function (name) {
        add(key ? key + '[' + name + ']' : name, value[name]);
      });
      return;
    }
    parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(String(value)));
  })('', params);
  return parts.join('&');
}

function billingDetails(given) {
  var billing = assign({}, given && typeof given === 'object' ? given : {});
  var address = assign({}, billing.address && typeof billing.address === 'object' ? billing.address : {});
  if (!isCard && !country.closest('.field').hidden) address.country = country.value;
  if (postalActive()) address.postal_code = inputs.postal.value.trim();
  if (Object.keys(address).length) billing.address = address;
  return billing;
}

function typedCard() {
  var expiry = rules.digitsOf(inputs.expiry.value);
  return {
    number: rules.digitsOf(inputs.number.value),
    exp_month: Number(expiry.slice(0, 2)),
    exp_year: 2000 + Number(expiry.slice(2, 4)),
    cvc: rules.digitsOf(inputs.cvc.value),
  };
}

function createPaymentMethod(request) {
  var params = assign({}, request.params || {});
  var body = assign(params, {
    type: 'card',
    card: typedCard(),
    billing_details: billingDetails(params.billing_details),
    key: request.key,
  });
  return postApi('/v1/payment_methods', body, 'paymentMethod');
}

/** Stripe.js createToken(element, data): `data` (name, address_*, currency) goes on the card. */
function createToken(request) {
  var card = assign(assign({}, request.params || {}), typedCard());
  if (postalActive() && !card.address_zip) card.address_zip = inputs.postal.value.trim();
  return postApi('/v1/tokens', { card: card, key: request.key }, 'token');
}

function postApi(path, body, resultKey) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: encodeForm(body),
    credentials: 'omit',
    cache: 'no-store',
  }).then(
    function (response) {
      return response.json().then(function (json) {
        if (response.ok) {
          var result = {};
          result[resultKey] = json;
          return result;
        }
        return { error: (json && json.error) || { type: 'api_error', message: 'HTTP ' + response.status } };
      });
    },
    function () {
      return { error: { type: 'api_connection_error', message: 'Could not reach the Stripe sandbox.' } };
    },
  );
}

function handleRequest(data) {
  flagAll();
  var error = firstError(render());
  if (error || data.action === 'validate') return Promise.resolve(error ? { error: error } : {});
  if (data.action === 'createPaymentMethod') return createPaymentMethod(data);
  if (data.action === 'createToken') return createToken(data);
  return Promise.resolve({ error: { type: 'invalid_request_error', message: 'Unknown request ' + data.action } });
}
