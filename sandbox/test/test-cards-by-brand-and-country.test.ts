import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import { TEST_CARDS } from '../src/cards.js';
import type { RunningSandbox } from '../src/server.js';
import { newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;

before(async () => {
  sandbox = await startTestSandbox();
  stripe = stripeFor(sandbox, newAccount().secret);
});
after(() => sandbox.close());

/** Stripe's testing page, "Cards by country", transcribed: country, number, brand, funding. */
const COUNTRY_CARDS = `
US 4242424242424242 visa credit | AR 4000000320000021 visa credit | BR 4000000760000002 visa credit
CA 4000001240000000 visa credit | CL 4000001520000001 visa credit | CO 4000001700000003 visa credit
CR 4000001880000005 visa credit | EC 4000002180000000 visa credit | MX 4000004840008001 visa credit
PA 4000005910000000 visa credit | PY 4000006000000066 visa credit | PE 4000006040000068 visa credit
UY 4000008580000003 visa credit | AE 4000007840000001 visa credit | AE 5200007840000022 mastercard credit
AT 4000000400000008 visa credit | BE 4000000560000004 visa credit | BG 4000001000000000 visa credit
BY 4000001120000005 visa credit | HR 4000001910000009 visa credit | CY 4000001960000008 visa credit
CZ 4000002030000002 visa credit | DK 4000002080000001 visa credit | EE 4000002330000009 visa credit
FI 4000002460000001 visa credit | FR 4000002500000003 visa credit | DE 4000002760000016 visa credit
GI 4000002920000005 visa credit | GR 4000003000000030 visa credit | HU 4000003480000005 visa credit
IE 4000003720000005 visa credit | IT 4000003800000008 visa credit | LV 4000004280000005 visa credit
LI 4000004380000004 visa credit | LT 4000004400000000 visa credit | LU 4000004420000006 visa credit
MT 4000004700000007 visa credit | NL 4000005280000002 visa credit | NO 4000005780000007 visa credit
PL 4000006160000005 visa credit | PT 4000006200000007 visa credit | RO 4000006420000001 visa credit
SA 4000006820000007 visa credit | SI 4000007050000006 visa credit | SK 4000007030000001 visa credit
ES 4000007240000007 visa credit | SE 4000007520000008 visa credit | CH 4000007560000009 visa credit
GB 4000008260000000 visa credit | GB 4000058260000005 visa debit | GB 5555558265554449 mastercard credit
AU 4000000360000006 visa credit | CN 4000001560000002 visa credit | HK 4000003440000004 visa credit
IN 4000003560000008 visa credit | JP 4000003920000003 visa credit | JP 3530111333300000 jcb credit
MY 4000004580000002 visa credit | NZ 4000005540000008 visa credit | SG 4000007020000003 visa credit
TW 4000001580000008 visa credit | TH 4000007640000003 visa credit | TH 4000057640000008 visa debit`
  .split(/[|\n]/)
  .map((row) => row.trim().split(' '))
  .filter((row) => row.length === 4) as Array<[string, string, string, string]>;

/** The PaymentMethods the issue names, with what Stripe documents for them. */
const NAMED: Array<[id: string, brand: string, funding: string, country: string, outcome: string]> = [
  ['pm_card_visa', 'visa', 'credit', 'US', 'succeeded'],
  ['pm_card_us', 'visa', 'credit', 'US', 'succeeded'],
  ['pm_card_visa_debit', 'visa', 'debit', 'US', 'succeeded'],
  ['pm_card_mastercard', 'mastercard', 'credit', 'US', 'succeeded'],
  ['pm_card_mastercard_debit', 'mastercard', 'debit', 'US', 'succeeded'],
  ['pm_card_mastercard_prepaid', 'mastercard', 'prepaid', 'US', 'succeeded'],
  ['pm_card_amex', 'amex', 'credit', 'US', 'succeeded'],
  ['pm_card_discover', 'discover', 'credit', 'US', 'succeeded'],
  ['pm_card_diners', 'diners', 'credit', 'US', 'succeeded'],
  ['pm_card_jcb', 'jcb', 'credit', 'JP', 'succeeded'],
  ['pm_card_unionpay', 'unionpay', 'credit', 'CN', 'succeeded'],
  ['pm_card_gb', 'visa', 'credit', 'GB', 'succeeded'],
  ['pm_card_br', 'visa', 'credit', 'BR', 'succeeded'],
  ['pm_card_de', 'visa', 'credit', 'DE', 'succeeded'],
  ['pm_card_fr', 'visa', 'credit', 'FR', 'succeeded'],
  ['pm_card_jp', 'visa', 'credit', 'JP', 'succeeded'],
  ['pm_card_chargeDeclined', 'visa', 'credit', 'US', 'generic_decline'],
  ['pm_card_chargeDeclinedInsufficientFunds', 'visa', 'credit', 'US', 'insufficient_funds'],
  ['pm_card_chargeDeclinedFraudulent', 'visa', 'credit', 'US', 'fraudulent'],
  ['pm_card_chargeCustomerFail', 'visa', 'credit', 'US', 'generic_decline'],
  ['pm_card_riskLevelHighest', 'visa', 'credit', 'US', 'fraudulent'],
];

async function pay(paymentMethod: string): Promise<string> {
  try {
    const pi = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      allowed_payment_method_types: ['card'],
      payment_method: paymentMethod,
      confirm: true,
    });
    return pi.status;
  } catch (error) {
    return (error as Stripe.errors.StripeError).decline_code ?? (error as Stripe.errors.StripeError).code ?? 'error';
  }
}

describe('named test PaymentMethods', () => {
  for (const [id, brand, funding, country, outcome] of NAMED) {
    it(`${id}: ${brand} ${funding} ${country} → ${outcome}`, async () => {
      const pm = await stripe.paymentMethods.retrieve(id);
      assert.equal(pm.card?.brand, brand);
      assert.equal(pm.card?.funding, funding);
      assert.equal(pm.card?.country, country);
      assert.equal(await pay(id), outcome);
    });
  }
});

describe('cards by country, typed in', () => {
  for (const [country, number, brand, funding] of COUNTRY_CARDS) {
    it(`${country} ${number}`, async () => {
      const pm = await stripe.paymentMethods.create({
        type: 'card',
        card: { number, exp_month: 12, exp_year: 2099, cvc: '123' },
      });
      assert.equal(pm.card?.country, country);
      assert.equal(pm.card?.brand, brand);
      assert.equal(pm.card?.funding, funding);
      assert.equal(await pay(pm.id), 'succeeded');
    });
  }
});

describe('every pm_card_* id the sandbox knows resolves to its card', () => {
  for (const card of TEST_CARDS) {
    for (const id of [card.paymentMethod, ...card.aliases].filter((x): x is string => x !== null)) {
      it(`${id} → ${card.brand} ${card.funding} ${card.country}, last4 ${card.number.slice(-4)}`, async () => {
        const pm = await stripe.paymentMethods.retrieve(id);
        assert.equal(pm.card?.last4, card.number.slice(-4));
        assert.equal(pm.card?.brand, card.brand);
        assert.equal(pm.card?.funding, card.funding);
        assert.equal(pm.card?.country, card.country);
      });
    }
  }
  it('an unknown pm_card_* id is "No such PaymentMethod"', async () => {
    const error = await rejection(() => stripe.paymentMethods.retrieve('pm_card_doesNotExist'));
    assert.equal(error.code, 'resource_missing');
  });
});

describe('Radar checks and risk levels', () => {
  const cases: Array<
    [string, Partial<Record<'cvc_check' | 'address_line1_check' | 'address_postal_code_check', string>>, string]
  > = [
    ['pm_card_cvcCheckFail', { cvc_check: 'fail' }, 'normal'],
    ['pm_card_avsZipFail', { address_postal_code_check: 'fail' }, 'normal'],
    ['pm_card_avsLine1Fail', { address_line1_check: 'fail' }, 'normal'],
    ['pm_card_avsFail', { address_line1_check: 'fail', address_postal_code_check: 'fail' }, 'normal'],
    [
      'pm_card_avsUnchecked',
      { address_line1_check: 'unavailable', address_postal_code_check: 'unavailable' },
      'normal',
    ],
    ['pm_card_riskLevelElevated', { cvc_check: 'pass' }, 'elevated'],
  ];
  for (const [id, checks, risk] of cases) {
    it(`${id}: ${JSON.stringify(checks)}, risk ${risk}`, async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        allowed_payment_method_types: ['card'],
        payment_method: id,
        confirm: true,
        expand: ['latest_charge'],
      });
      const charge = pi.latest_charge as Stripe.Charge;
      assert.equal(charge.status, 'succeeded');
      for (const [name, value] of Object.entries(checks)) {
        assert.equal(charge.payment_method_details?.card?.checks?.[name as keyof typeof checks], value, name);
      }
      assert.equal(charge.outcome?.risk_level, risk);
    });
  }
});
