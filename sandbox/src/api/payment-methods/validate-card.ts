import { ApiError } from '../../http/api-error.js';

const BRANDS: Array<{ brand: string; pattern: RegExp; lengths: number[]; cvc: number }> = [
  { brand: 'amex', pattern: /^3[47]/, lengths: [15], cvc: 4 },
  { brand: 'diners', pattern: /^3(0[0-5]|[689])/, lengths: [14, 16], cvc: 3 },
  { brand: 'jcb', pattern: /^35/, lengths: [16], cvc: 3 },
  { brand: 'discover', pattern: /^(6011|65|64[4-9])/, lengths: [16], cvc: 3 },
  { brand: 'unionpay', pattern: /^62/, lengths: [16, 17, 18, 19], cvc: 3 },
  { brand: 'mastercard', pattern: /^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16], cvc: 3 },
  { brand: 'visa', pattern: /^4/, lengths: [13, 16, 19], cvc: 3 },
];

export interface CardInput {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string | null;
}

export interface ValidCard {
  number: string;
  brand: string;
  expMonth: number;
  expYear: number;
}

const cardError = (code: string, message: string, param: string) =>
  new ApiError(402, 'card_error', message, { code, param });

export function passesLuhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = number.charCodeAt(number.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Checks what a card network would refuse before any payment: number format and Luhn, expiry,
 * CVC length (4 digits for Amex). Throws Stripe's 402 card errors (`incorrect_number`, ...).
 */
export function validateCard(input: CardInput, now: Date): ValidCard {
  const number = input.number.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(number)) {
    throw cardError('invalid_number', 'Your card number is not a valid credit card number.', 'number');
  }
  const spec = BRANDS.find((b) => b.pattern.test(number));
  const shortest = spec ? Math.min(...spec.lengths) : 12;
  if (number.length < shortest) throw cardError('incomplete_number', 'Your card number is incomplete.', 'number');
  if ((spec && !spec.lengths.includes(number.length)) || number.length > 19) {
    throw cardError('invalid_number', 'Your card number is not a valid credit card number.', 'number');
  }
  if (!passesLuhn(number)) throw cardError('incorrect_number', 'Your card number is incorrect.', 'number');

  const year = input.expYear < 100 ? 2000 + input.expYear : input.expYear;
  if (!Number.isInteger(input.expMonth) || input.expMonth < 1 || input.expMonth > 12) {
    throw cardError('invalid_expiry_month', "Your card's expiration month is invalid.", 'exp_month');
  }
  const thisYear = now.getUTCFullYear();
  if (year < thisYear || year > thisYear + 99) {
    throw cardError('invalid_expiry_year', "Your card's expiration year is invalid.", 'exp_year');
  }
  if (year === thisYear && input.expMonth < now.getUTCMonth() + 1) {
    throw cardError('invalid_expiry_month', "Your card's expiration month is invalid.", 'exp_month');
  }
  if (input.cvc !== null && (!/^\d+$/.test(input.cvc) || input.cvc.length !== (spec?.cvc ?? 3))) {
    throw cardError('invalid_cvc', "Your card's security code is invalid.", 'cvc');
  }
  return { number, brand: spec?.brand ?? 'unknown', expMonth: input.expMonth, expYear: year };
}
