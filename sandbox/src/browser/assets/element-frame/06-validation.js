// Validation, error display and the Stripe.js `change` event.

function evaluate() {
  var numberDigits = rules.digitsOf(inputs.number.value);
  var checks = {
    number: rules.checkNumber(numberDigits),
    expiry: rules.checkExpiry(rules.digitsOf(inputs.expiry.value), new Date()),
    cvc: rules.checkCvc(rules.digitsOf(inputs.cvc.value), numberDigits),
  };
  if (postalActive()) checks.postal = rules.checkPostal(inputs.postal.value, isCard ? null : country.value);
  return checks;
}

function isFocused(name) {
  return document.hasFocus() && document.activeElement === inputs[name];
}

function shownError(name, check) {
  if (check.state === 'invalid') return check;
  if (check.state !== 'complete' && flagged[name] && !isFocused(name)) return check;
  return null;
}

function firstError(checks) {
  for (var i = 0; i < FIELD_ORDER.length; i++) {
    var name = FIELD_ORDER[i];
    var error = checks[name] && shownError(name, checks[name]);
    if (error) return { type: 'validation_error', code: error.code, message: error.message };
  }
  return undefined;
}

function renderIcons(brand, empty) {
  var markup = isCard
    ? icons[brand] || icons.unknown
    : brand === 'unknown'
      ? empty
        ? icons.visa + icons.mastercard + icons.amex + icons.discover
        : ''
      : icons[brand] || '';
  if (markup === lastIcons) return;
  lastIcons = markup;
  document.querySelector('[data-brand-icon]').innerHTML = markup;
}

function changeEvent(checks) {
  var names = Object.keys(checks);
  var empty = names.every(function (name) {
    return checks[name].state === 'empty';
  });
  var complete = names.every(function (name) {
    return checks[name].state === 'complete';
  });
  if (!isCard)
    return { elementType: 'payment', empty: empty, complete: complete, collapsed: false, value: { type: 'card' } };
  return {
    elementType: 'card',
    empty: empty,
    complete: complete,
    error: firstError(checks),
    brand: rules.brandOf(rules.digitsOf(inputs.number.value)),
    value: { postalCode: postalActive() ? inputs.postal.value.trim() : '' },
  };
}

function render() {
  var checks = evaluate();
  var numberDigits = rules.digitsOf(inputs.number.value);
  var brand = rules.brandOf(numberDigits);
  FIELD_ORDER.forEach(function (name) {
    var error = checks[name] ? shownError(name, checks[name]) : null;
    inputs[name].setAttribute('aria-invalid', error ? 'true' : 'false');
    inputs[name].classList.toggle('is-complete', Boolean(checks[name] && checks[name].state === 'complete'));
    if (!isCard) {
      document.getElementById(name + '-error').textContent = error ? error.message : '';
      inputs[name].closest('.control').classList.toggle('control--invalid', Boolean(error));
    }
  });
  if (isCard) {
    var error = firstError(checks);
    document.getElementById('error').textContent = error ? error.message : '';
    root.classList.toggle('is-invalid', Boolean(error));
  }
  renderIcons(brand, !numberDigits);
  var event = changeEvent(checks);
  var json = JSON.stringify(event);
  if (json !== lastEventJson) {
    lastEventJson = json;
    if (started) post({ type: 'change', event: event });
  }
  return checks;
}

function flagAll() {
  FIELD_ORDER.forEach(function (name) {
    flagged[name] = true;
  });
}
