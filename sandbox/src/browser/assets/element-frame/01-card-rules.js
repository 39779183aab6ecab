// Card number, expiry, CVC and postal code rules for the Elements frames: brand detection,
// formatting and Stripe.js-style validation results. Pure functions; exposed as SandboxCardRules.
(function () {
  'use strict';

  var BRANDS = [
    { brand: 'amex', pattern: /^3[47]/, lengths: [15], gaps: [4, 10], cvc: 4 },
    { brand: 'diners', pattern: /^(36|38|39|30[0-5])/, lengths: [14, 16], gaps: [4, 10], cvc: 3 },
    { brand: 'discover', pattern: /^(6011|65|64[4-9]|622)/, lengths: [16, 19], gaps: [4, 8, 12], cvc: 3 },
    { brand: 'jcb', pattern: /^35(2[89]|[3-8])/, lengths: [16], gaps: [4, 8, 12], cvc: 3 },
    { brand: 'unionpay', pattern: /^62/, lengths: [16, 17, 18, 19], gaps: [4, 8, 12], cvc: 3 },
    { brand: 'mastercard', pattern: /^(5[1-5]|2(2[2-9]|[3-6]|7[01]|720))/, lengths: [16], gaps: [4, 8, 12], cvc: 3 },
    { brand: 'visa', pattern: /^4/, lengths: [16], gaps: [4, 8, 12], cvc: 3 },
  ];
  var UNKNOWN = { brand: 'unknown', pattern: /^/, lengths: [16], gaps: [4, 8, 12], cvc: 3, maxLength: 19 };

  var MESSAGES = {
    incomplete_number: 'Your card number is incomplete.',
    invalid_number: 'Your card number is invalid.',
    incomplete_expiry: "Your card's expiration date is incomplete.",
    invalid_expiry_month: "Your card's expiration date is invalid.",
    invalid_expiry_month_past: "Your card's expiration date is in the past.",
    invalid_expiry_year_past: "Your card's expiration year is in the past.",
    invalid_expiry_year: "Your card's expiration year is invalid.",
    incomplete_cvc: "Your card's security code is incomplete.",
    incomplete_zip: 'Your postal code is incomplete.',
    invalid_zip: 'Your postal code is invalid.',
  };

  function digitsOf(value) {
    return String(value || '').replace(/\D/g, '');
  }

  function brandInfo(digits) {
    for (var i = 0; i < BRANDS.length; i++) if (BRANDS[i].pattern.test(digits)) return BRANDS[i];
    return UNKNOWN;
  }

  function maxNumberLength(info) {
    return info.maxLength || info.lengths[info.lengths.length - 1];
  }

  function luhnValid(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var digit = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    return sum % 10 === 0;
  }

  /** A field's state: empty, incomplete, invalid or complete, with Stripe's code and message. */
  function result(state, code) {
    return code ? { state: state, code: code, message: MESSAGES[code] } : { state: state };
  }

  function formatNumber(digits) {
    var gaps = brandInfo(digits).gaps;
    var out = '';
    for (var i = 0; i < digits.length; i++) {
      if (gaps.indexOf(i) !== -1 || (i > 12 && i % 4 === 0 && gaps.length === 3)) out += ' ';
      out += digits[i];
    }
    return out;
  }

  function checkNumber(digits) {
    if (!digits) return result('empty', 'incomplete_number');
    var info = brandInfo(digits);
    if (info.lengths.indexOf(digits.length) !== -1) {
      if (luhnValid(digits)) return result('complete');
      if (digits.length >= maxNumberLength(info)) return result('invalid', 'invalid_number');
    }
    if (digits.length > maxNumberLength(info)) return result('invalid', 'invalid_number');
    return result('incomplete', 'incomplete_number');
  }

  /** Typed expiry digits, normalised as Stripe does: "4" -> "04", "13" -> "01" + "3", "00" -> "0". */
  function normalizeExpiry(digits) {
    if (digits.length >= 1 && digits[0] > '1') digits = '0' + digits;
    if (digits.length >= 2 && digits[0] === '1' && digits[1] > '2') digits = '01' + digits.slice(1);
    if (digits.slice(0, 2) === '00') digits = '0' + digits.slice(2);
    return digits.slice(0, 4);
  }

  function formatExpiry(digits) {
    if (digits.length < 2) return digits;
    return digits.slice(0, 2) + ' / ' + digits.slice(2);
  }

  function checkExpiry(digits, now) {
    if (!digits) return result('empty', 'incomplete_expiry');
    if (digits.length < 4) return result('incomplete', 'incomplete_expiry');
    var month = Number(digits.slice(0, 2));
    var year = 2000 + Number(digits.slice(2, 4));
    var thisYear = now.getFullYear();
    if (month < 1 || month > 12) return result('invalid', 'invalid_expiry_month');
    if (year < thisYear) return result('invalid', 'invalid_expiry_year_past');
    if (year === thisYear && month < now.getMonth() + 1) return result('invalid', 'invalid_expiry_month_past');
    if (year > thisYear + 50) return result('invalid', 'invalid_expiry_year');
    return result('complete');
  }

  function cvcLength(numberDigits) {
    return brandInfo(numberDigits).cvc;
  }

  function checkCvc(digits, numberDigits) {
    if (!digits) return result('empty', 'incomplete_cvc');
    var info = brandInfo(numberDigits);
    var enough = info === UNKNOWN ? digits.length >= 3 : digits.length === info.cvc;
    return enough ? result('complete') : result('incomplete', 'incomplete_cvc');
  }

  /** US ZIP codes need 5 digits; elsewhere any non-empty value is accepted. */
  function checkPostal(value, country) {
    var trimmed = String(value || '').trim();
    if (!trimmed) return result('empty', 'incomplete_zip');
    if (country !== 'US') return result('complete');
    if (/^\d{5}(-?\d{4})?$/.test(trimmed)) return result('complete');
    return /^\d{0,4}$/.test(trimmed) ? result('incomplete', 'incomplete_zip') : result('invalid', 'invalid_zip');
  }

  window.SandboxCardRules = {
    digitsOf: digitsOf,
    brandOf: function (digits) {
      return brandInfo(digits).brand;
    },
    maxNumberLength: function (digits) {
      return maxNumberLength(brandInfo(digits));
    },
    formatNumber: formatNumber,
    checkNumber: checkNumber,
    normalizeExpiry: normalizeExpiry,
    formatExpiry: formatExpiry,
    checkExpiry: checkExpiry,
    cvcLength: cvcLength,
    checkCvc: checkCvc,
    checkPostal: checkPostal,
    /** Stripe's messages by code; the frame's locale (09-frame-locale.js) replaces them. */
    messages: MESSAGES,
  };
})();
