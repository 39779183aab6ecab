// As-you-type formatting: number groups by brand, `MM / YY`, CVC length, postal code.

function digitsBefore(value, position) {
  return rules.digitsOf(value.slice(0, position)).length;
}

function positionAfterDigits(formatted, count) {
  if (count === 0) return 0;
  var seen = 0;
  for (var i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i]) && ++seen === count) return i + 1;
  }
  return formatted.length;
}

function setFormatted(input, formatted, caretDigits, caretAtEnd) {
  input.value = formatted;
  if (document.activeElement !== input) return;
  var position = caretAtEnd ? formatted.length : positionAfterDigits(formatted, caretDigits);
  input.setSelectionRange(position, position);
}

var previousExpiry = '';

var formatters = {
  number: function (input) {
    var caret = digitsBefore(input.value, input.selectionStart);
    var atEnd = input.selectionStart === input.value.length;
    var digits = rules.digitsOf(input.value);
    digits = digits.slice(0, rules.maxNumberLength(digits));
    setFormatted(input, rules.formatNumber(digits), caret, atEnd);
    inputs.cvc.value = rules.digitsOf(inputs.cvc.value).slice(0, Math.max(rules.cvcLength(digits), 3));
  },
  expiry: function (input, event) {
    var digits = rules.digitsOf(input.value);
    var deleting = Boolean(event && event.inputType && event.inputType.indexOf('delete') === 0);
    if (deleting && digits === rules.digitsOf(previousExpiry) && input.value.length < previousExpiry.length) {
      digits = digits.slice(0, -1);
    }
    digits = deleting ? digits.slice(0, 4) : rules.normalizeExpiry(digits);
    input.value = deleting && digits.length === 2 ? digits : rules.formatExpiry(digits);
    previousExpiry = input.value;
  },
  cvc: function (input) {
    var numberDigits = rules.digitsOf(inputs.number.value);
    var max = rules.brandOf(numberDigits) === 'unknown' ? 4 : rules.cvcLength(numberDigits);
    input.value = rules.digitsOf(input.value).slice(0, max);
  },
  postal: function (input) {
    var value = input.value.toUpperCase();
    value = !isCard && country.value === 'US' ? value.replace(/[^0-9-]/g, '') : value.replace(/[^A-Z0-9 -]/g, '');
    input.value = value.slice(0, 10);
  },
};
