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

function createPaymentMethod(request) {
  var expiry = rules.digitsOf(inputs.expiry.value);
  var params = assign({}, request.params || {});
  var body = assign(params, {
    type: 'card',
    card: {
      number: rules.digitsOf(inputs.number.value),
      exp_month: Number(expiry.slice(0, 2)),
      exp_year: 2000 + Number(expiry.slice(2, 4)),
      cvc: rules.digitsOf(inputs.cvc.value),
    },
    billing_details: billingDetails(params.billing_details),
    key: request.key,
  });
  return fetch('/v1/payment_methods', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: encodeForm(body),
    credentials: 'omit',
    cache: 'no-store',
  }).then(
    function (response) {
      return response.json().then(function (json) {
        if (response.ok) return { paymentMethod: json };
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
  return Promise.resolve({ error: { type: 'invalid_request_error', message: 'Unknown request ' + data.action } });
}
