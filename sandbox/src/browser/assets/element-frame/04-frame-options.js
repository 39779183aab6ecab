// Element options: card `style`, Payment Element `appearance`, `fields`, `disabled`, defaults.

function applyCardStyle() {
  var style = options.style || {};
  var base = style.base || {};
  setVar('--sb-color', base.color);
  setVar('--sb-font-size', base.fontSize);
  setVar('--sb-font-family', base.fontFamily);
  setVar('--sb-font-weight', base.fontWeight);
  setVar('--sb-letter-spacing', base.letterSpacing);
  setVar('--sb-placeholder', (base['::placeholder'] || {}).color);
  setVar('--sb-icon', base.iconColor);
  setVar('--sb-invalid', (style.invalid || {}).color);
  setVar('--sb-complete', (style.complete || {}).color);
}

var THEMES = {
  night: {
    colorBackground: '#30313d',
    colorText: '#ffffff',
    colorTextPlaceholder: '#8c8f9a',
    colorPrimary: '#0570de',
    borderColor: '#424353',
  },
  flat: { colorBackground: '#f1f1f1', borderColor: '#f1f1f1' },
};

function applyAppearance() {
  var theme = (appearance && THEMES[appearance.theme]) || {};
  var variables = assign(assign({}, theme), (appearance && appearance.variables) || {});
  setVar('--sb-primary', variables.colorPrimary);
  setVar('--sb-bg', variables.colorBackground);
  setVar('--sb-color', variables.colorText);
  setVar('--sb-invalid', variables.colorDanger);
  setVar('--sb-placeholder', variables.colorTextPlaceholder);
  setVar('--sb-font-family', variables.fontFamily);
  setVar('--sb-font-size', variables.fontSizeBase);
  setVar('--sb-radius', variables.borderRadius);
  setVar('--sb-border', variables.borderColor);
}

function assign(target, source) {
  for (var key in source) if (Object.prototype.hasOwnProperty.call(source, key)) target[key] = source[key];
  return target;
}

function addressFields() {
  var billing = (options.fields && options.fields.billingDetails) || 'auto';
  if (billing === 'never') return 'never';
  return (billing && billing.address) || 'auto';
}

function postalActive() {
  if (isCard) return !options.hidePostalCode;
  var address = addressFields();
  if (address === 'never' || (address && address.postalCode === 'never')) return false;
  return ['US', 'GB', 'CA'].indexOf(country.value) !== -1;
}

function applyOptions() {
  var disabled = Boolean(options.disabled || options.readOnly);
  FIELD_ORDER.forEach(function (name) {
    inputs[name].disabled = disabled;
  });
  if (isCard) {
    applyCardStyle();
    inputs.postal.hidden = !postalActive();
    document.querySelector('[data-brand-icon]').hidden = Boolean(options.hideIcon);
    if (options.value && typeof options.value.postalCode === 'string')
      inputs.postal.value = options.value.postalCode.slice(0, 10);
    return;
  }
  country.disabled = disabled;
  applyAppearance();
  var address = addressFields();
  var countryHidden = address === 'never' || (address && address.country === 'never');
  country.closest('.field').hidden = countryHidden;
  inputs.postal.closest('.field').hidden = !postalActive();
  document.querySelector('[data-address]').hidden = countryHidden && !postalActive();
}

function initialCountry() {
  var defaults = options.defaultValues && options.defaultValues.billingDetails;
  var wanted = defaults && defaults.address && defaults.address.country;
  var region = (navigator.language || '').split('-')[1];
  var candidates = [wanted, region, 'US'];
  for (var i = 0; i < candidates.length; i++) {
    var code = String(candidates[i] || '').toUpperCase();
    if (code && country.querySelector('option[value="' + code.replace(/[^A-Z]/g, '') + '"]')) return code;
  }
  return 'US';
}
