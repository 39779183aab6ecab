/**
 * Stripe test cards the sandbox reproduces (STRIPE_FACTS §1), as plain data.
 * Dependency-free on purpose: the Tillpoint app imports this table for its docs and tests.
 */

/** When a card asks for 3D Secure. */
export type ThreeDSecureRule =
  /** 3DS not supported by the card: never authenticates, even when 3DS is requested. */
  | 'not_supported'
  /** 3DS supported but the card is not enrolled: a requested 3DS is only "attempted", never challenged. */
  | 'not_enrolled'
  /** Supported, not required: challenged only when `request_three_d_secure` is `any`/`challenge`. */
  | 'optional'
  /** Challenged on every payment, on- or off-session (off-session fails with `authentication_required`). */
  | 'required'
  /** On-session always; off-session unless the PaymentMethod was set up for future use. */
  | 'required_unless_set_up'
  /** On-session only; off-session payments succeed without authentication. */
  | 'required_on_session';

/** A card error as Stripe reports it (`error.code`, `decline_code`, `message`, `param`). */
export interface CardErrorSpec {
  code: string;
  declineCode: string | null;
  message: string;
  param: string | null;
}

export type CardBrand = 'visa' | 'amex' | 'mastercard' | 'discover' | 'diners' | 'jcb' | 'unionpay';

/** Results of the checks Radar runs when the value was given (null: not failing). */
export type CheckResult = 'fail' | 'unavailable';

export interface TestCard {
  number: string;
  /** Test PaymentMethod id usable with a secret key, or null when the card cannot become one. */
  paymentMethod: string | null;
  /** Other `pm_card_*` ids Stripe documents for the same card (e.g. `pm_card_amex`, `pm_card_us`). */
  aliases: readonly string[];
  brand: CardBrand;
  funding: 'credit' | 'debit' | 'prepaid';
  /** Issuer country (ISO 3166-1 alpha-2). */
  country: string;
  /** Radar's risk level of a charge with this card. */
  riskLevel: 'normal' | 'elevated' | 'highest';
  /** CVC, address line 1 and postal code checks that fail or are unavailable. */
  checks: { cvc?: CheckResult; line1?: CheckResult; postalCode?: CheckResult };
  /** A card Stripe uses to create disputes, refund failures or balance timing: the payment itself succeeds. */
  note: string | null;
  /** Funds are available at once (no pending period) in balance transactions. */
  bypassPending: boolean;
  /** One line for humans (docs table). */
  behaviour: string;
  threeDSecure: ThreeDSecureRule;
  /** Refused when the PaymentMethod is created (never reaches a payment). */
  creationError: CardErrorSpec | null;
  /** Fails the 3DS lookup itself, before any challenge. */
  lookupError: CardErrorSpec | null;
  /** Declined at authorization (after authentication, for 3DS cards). */
  decline: CardErrorSpec | null;
  /** Radar blocks the payment before it reaches the network. */
  blocked: boolean;
}

import { MORE_TEST_CARDS } from './more-test-cards.js';

const DECLINED = 'Your card was declined.';
const PROCESSING = 'An error occurred while processing your card. Try again in a little bit.';

function declined(declineCode: string, message = DECLINED): CardErrorSpec {
  return { code: 'card_declined', declineCode, message, param: null };
}

function card(partial: Partial<TestCard> & Pick<TestCard, 'number' | 'paymentMethod' | 'behaviour'>): TestCard {
  return {
    aliases: [],
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    riskLevel: 'normal',
    checks: {},
    note: null,
    bypassPending: false,
    threeDSecure: 'optional',
    creationError: null,
    lookupError: null,
    decline: null,
    blocked: false,
    ...partial,
  };
}

export const TEST_CARDS: readonly TestCard[] = [
  card({
    number: '4242424242424242',
    paymentMethod: 'pm_card_visa',
    aliases: ['pm_card_us'],
    behaviour: 'Succeeds; 3DS supported but not enrolled (never challenged).',
    threeDSecure: 'not_enrolled',
  }),
  card({
    number: '5555555555554444',
    paymentMethod: 'pm_card_mastercard',
    brand: 'mastercard',
    behaviour: 'Succeeds (Mastercard); never challenged.',
    threeDSecure: 'not_enrolled',
  }),
  card({
    number: '378282246310005',
    paymentMethod: 'pm_card_amex_threeDSecureNotSupported',
    aliases: ['pm_card_amex'],
    brand: 'amex',
    behaviour: 'Amex; 3DS not supported; succeeds without authentication.',
    threeDSecure: 'not_supported',
  }),
  card({
    number: '4000000000003220',
    paymentMethod: 'pm_card_threeDSecure2Required',
    behaviour: '3DS2 always required; succeeds after authentication.',
    threeDSecure: 'required',
  }),
  card({
    number: '4000002500003155',
    paymentMethod: 'pm_card_authenticationRequiredOnSetup',
    country: 'FR',
    behaviour: 'On-session: always 3DS. Off-session: 3DS unless the card was set up for future use.',
    threeDSecure: 'required_unless_set_up',
  }),
  card({
    number: '4000002760003184',
    paymentMethod: 'pm_card_authenticationRequired',
    country: 'DE',
    behaviour: '3DS on every payment, whatever the setup.',
    threeDSecure: 'required',
  }),
  card({
    number: '4000003800000446',
    paymentMethod: 'pm_card_authenticationRequiredSetupForOffSession',
    country: 'IT',
    behaviour: 'On-session needs 3DS; off-session always succeeds.',
    threeDSecure: 'required_on_session',
  }),
  card({
    number: '4000008260003178',
    paymentMethod: 'pm_card_authenticationRequiredChargeDeclinedInsufficientFunds',
    country: 'GB',
    behaviour: '3DS succeeds, then card_declined / insufficient_funds.',
    threeDSecure: 'required',
    decline: declined('insufficient_funds', 'Your card has insufficient funds.'),
  }),
  card({
    number: '4000008400001629',
    paymentMethod: 'pm_card_threeDSecureRequiredChargeDeclined',
    behaviour: '3DS required, then card_declined / generic_decline.',
    threeDSecure: 'required',
    decline: declined('generic_decline'),
  }),
  card({
    number: '4000008400001280',
    paymentMethod: 'pm_card_threeDSecureRequiredProcessingError',
    behaviour: 'The 3DS lookup fails with processing_error.',
    threeDSecure: 'required',
    lookupError: { code: 'processing_error', declineCode: null, message: PROCESSING, param: null },
  }),
  card({
    number: '4000000000003055',
    paymentMethod: 'pm_card_threeDSecureOptional',
    behaviour: '3DS supported, not required: succeeds without challenge.',
  }),
  card({
    number: '4000000000003063',
    paymentMethod: 'pm_card_threeDSecureRequired',
    behaviour: 'Legacy "3DS required" card: challenge, then succeeds.',
    threeDSecure: 'required',
  }),
  card({
    number: '4000000000000002',
    paymentMethod: 'pm_card_visa_chargeDeclined',
    aliases: ['pm_card_chargeDeclined'],
    behaviour: 'card_declined / generic_decline.',
    decline: declined('generic_decline'),
  }),
  card({
    number: '4000000000009995',
    paymentMethod: 'pm_card_visa_chargeDeclinedInsufficientFunds',
    aliases: ['pm_card_chargeDeclinedInsufficientFunds'],
    behaviour: 'card_declined / insufficient_funds.',
    decline: declined('insufficient_funds', 'Your card has insufficient funds.'),
  }),
  card({
    number: '4000000000009987',
    paymentMethod: 'pm_card_visa_chargeDeclinedLostCard',
    aliases: ['pm_card_chargeDeclinedLostCard'],
    behaviour: 'card_declined / lost_card.',
    decline: declined('lost_card'),
  }),
  card({
    number: '4000000000009979',
    paymentMethod: 'pm_card_visa_chargeDeclinedStolenCard',
    aliases: ['pm_card_chargeDeclinedStolenCard'],
    behaviour: 'card_declined / stolen_card.',
    decline: declined('stolen_card'),
  }),
  card({
    number: '4000000000000069',
    paymentMethod: 'pm_card_chargeDeclinedExpiredCard',
    behaviour: 'expired_card (param exp_month).',
    decline: {
      code: 'expired_card',
      declineCode: 'expired_card',
      message: 'Your card has expired.',
      param: 'exp_month',
    },
  }),
  card({
    number: '4000000000000127',
    paymentMethod: 'pm_card_chargeDeclinedIncorrectCvc',
    behaviour: 'incorrect_cvc (param cvc).',
    decline: {
      code: 'incorrect_cvc',
      declineCode: 'incorrect_cvc',
      message: "Your card's security code is incorrect.",
      param: 'cvc',
    },
  }),
  card({
    number: '4000000000000119',
    paymentMethod: 'pm_card_chargeDeclinedProcessingError',
    behaviour: 'processing_error.',
    decline: { code: 'processing_error', declineCode: 'processing_error', message: PROCESSING, param: null },
  }),
  card({
    number: '4000000000006975',
    paymentMethod: 'pm_card_visa_chargeDeclinedVelocityLimitExceeded',
    behaviour: 'card_declined / card_velocity_exceeded.',
    decline: declined('card_velocity_exceeded'),
  }),
  card({
    number: '4100000000000019',
    paymentMethod: 'pm_card_radarBlock',
    aliases: ['pm_card_chargeDeclinedFraudulent'],
    riskLevel: 'highest',
    behaviour: 'Blocked by Radar: card_declined / fraudulent.',
    decline: declined('fraudulent'),
    blocked: true,
  }),
  card({
    number: '4242424242424241',
    paymentMethod: null,
    behaviour: 'incorrect_number (fails the Luhn check).',
    creationError: {
      code: 'incorrect_number',
      declineCode: null,
      message: 'Your card number is incorrect.',
      param: 'number',
    },
  }),
  ...MORE_TEST_CARDS,
];

const byNumber = new Map(TEST_CARDS.map((c) => [c.number, c]));
const byPaymentMethod = new Map(
  TEST_CARDS.flatMap((c) => [c.paymentMethod, ...c.aliases].flatMap((id) => (id ? [[id, c] as const] : []))),
);

/** The test card with this number, if it is one of the table's. */
export function findTestCardByNumber(number: string): TestCard | undefined {
  return byNumber.get(number);
}

/** The test card behind a `pm_card_*` id. */
export function findTestCardByPaymentMethod(id: string): TestCard | undefined {
  return byPaymentMethod.get(id);
}

/** What a stored card remembers of its test card: the `pm_card_*` id, or brand and last4 for cards without one. */
export function testCardKey(card: TestCard): string {
  return card.paymentMethod ?? `${card.brand}_${card.number.length}_${card.number.slice(-4)}`;
}

const byKey = new Map(TEST_CARDS.map((c) => [testCardKey(c), c]));

/** The test card a stored card's `testCardKey` names. */
export function findTestCardByKey(key: string): TestCard | undefined {
  return byKey.get(key);
}
