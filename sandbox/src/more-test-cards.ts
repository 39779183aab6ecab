/**
 * The rest of Stripe's testing page (docs.stripe.com/testing): cards by brand, co-branded cards, cards by
 * country, and the Radar, dispute, refund and balance cards. Plain data like cards.ts, which appends it.
 */
import type { CardErrorSpec, TestCard } from './cards.js';

const GENERIC_DECLINE: CardErrorSpec = {
  code: 'card_declined',
  declineCode: 'generic_decline',
  message: 'Your card was declined.',
  param: null,
};

function row(number: string, paymentMethod: string | null, behaviour: string, extra: Partial<TestCard> = {}): TestCard {
  return {
    number,
    paymentMethod,
    aliases: [],
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    riskLevel: 'normal',
    checks: {},
    note: null,
    bypassPending: false,
    behaviour,
    threeDSecure: 'optional',
    creationError: null,
    lookupError: null,
    decline: null,
    blocked: false,
    ...extra,
  };
}

/** Succeeds without authentication; issued in `country`. */
const countryCard = (country: string, number: string, paymentMethod: string | null, extra: Partial<TestCard> = {}) =>
  row(number, paymentMethod, `Succeeds; issued in ${country}.`, { country, ...extra });

const BY_BRAND: TestCard[] = [
  row('4000056655665556', 'pm_card_visa_debit', 'Visa debit; succeeds.', { funding: 'debit' }),
  row('2223003122003222', null, 'Mastercard 2-series; succeeds.', { brand: 'mastercard' }),
  row('5200828282828210', 'pm_card_mastercard_debit', 'Mastercard debit; succeeds.', {
    brand: 'mastercard',
    funding: 'debit',
  }),
  row('5105105105105100', 'pm_card_mastercard_prepaid', 'Mastercard prepaid; succeeds.', {
    brand: 'mastercard',
    funding: 'prepaid',
  }),
  row('371449635398431', null, 'American Express; succeeds.', { brand: 'amex' }),
  row('6011111111111117', 'pm_card_discover', 'Discover; succeeds.', { brand: 'discover' }),
  row('6011000990139424', null, 'Discover; succeeds.', { brand: 'discover' }),
  row('6011981111111113', null, 'Discover debit; succeeds.', { brand: 'discover', funding: 'debit' }),
  row('3056930009020004', 'pm_card_diners', 'Diners Club; succeeds.', { brand: 'diners' }),
  row('36227206271667', null, 'Diners Club (14 digits); succeeds.', { brand: 'diners' }),
  row('6555900000604105', null, 'BCcard and DinaCard (Discover network); succeeds.', { brand: 'discover' }),
  row('3566002020360505', 'pm_card_jcb', 'JCB; succeeds.', { brand: 'jcb', country: 'JP' }),
  row('6200000000000005', 'pm_card_unionpay', 'UnionPay; succeeds.', { brand: 'unionpay', country: 'CN' }),
  row('6200000000000047', null, 'UnionPay debit; succeeds.', { brand: 'unionpay', funding: 'debit', country: 'CN' }),
  row('6205500000000000004', null, 'UnionPay (19 digits); succeeds.', { brand: 'unionpay', country: 'CN' }),
  row('4000002500001001', 'pm_card_visa_cartesBancaires', 'Cartes Bancaires / Visa; succeeds.', { country: 'FR' }),
  row('5555552500001001', 'pm_card_mastercard_cartesBancaires', 'Cartes Bancaires / Mastercard; succeeds.', {
    brand: 'mastercard',
    country: 'FR',
  }),
  row('4000050360000001', 'pm_card_visa_debit_eftposAuCoBranded', 'eftpos Australia / Visa debit; succeeds.', {
    funding: 'debit',
    country: 'AU',
  }),
  row('5555050360000080', 'pm_card_mastercard_debit_eftposAuCoBranded', 'eftpos Australia / Mastercard debit.', {
    brand: 'mastercard',
    funding: 'debit',
    country: 'AU',
  }),
];

const BY_COUNTRY: TestCard[] = [
  countryCard('AR', '4000000320000021', 'pm_card_ar'),
  countryCard('BR', '4000000760000002', 'pm_card_br'),
  countryCard('CA', '4000001240000000', 'pm_card_ca'),
  countryCard('CL', '4000001520000001', 'pm_card_cl'),
  countryCard('CO', '4000001700000003', 'pm_card_co'),
  countryCard('CR', '4000001880000005', 'pm_card_cr'),
  countryCard('EC', '4000002180000000', 'pm_card_ec'),
  countryCard('MX', '4000004840008001', 'pm_card_mx'),
  countryCard('PA', '4000005910000000', 'pm_card_pa'),
  countryCard('PY', '4000006000000066', 'pm_card_py'),
  countryCard('PE', '4000006040000068', 'pm_card_pe'),
  countryCard('UY', '4000008580000003', 'pm_card_uy'),
  countryCard('AE', '4000007840000001', 'pm_card_ae'),
  countryCard('AE', '5200007840000022', 'pm_card_ae_mastercard', { brand: 'mastercard' }),
  countryCard('AT', '4000000400000008', 'pm_card_at'),
  countryCard('BE', '4000000560000004', 'pm_card_be'),
  countryCard('BG', '4000001000000000', 'pm_card_bg'),
  countryCard('BY', '4000001120000005', 'pm_card_by'),
  countryCard('HR', '4000001910000009', 'pm_card_hr'),
  countryCard('CY', '4000001960000008', 'pm_card_cy'),
  countryCard('CZ', '4000002030000002', 'pm_card_cz'),
  countryCard('DK', '4000002080000001', 'pm_card_dk'),
  countryCard('EE', '4000002330000009', 'pm_card_ee'),
  countryCard('FI', '4000002460000001', 'pm_card_fi'),
  countryCard('FR', '4000002500000003', 'pm_card_fr'),
  countryCard('DE', '4000002760000016', 'pm_card_de'),
  countryCard('GI', '4000002920000005', 'pm_card_gi'),
  countryCard('GR', '4000003000000030', 'pm_card_gr'),
  countryCard('HU', '4000003480000005', 'pm_card_hu'),
  countryCard('IE', '4000003720000005', 'pm_card_ie'),
  countryCard('IT', '4000003800000008', 'pm_card_it'),
  countryCard('LV', '4000004280000005', 'pm_card_lv'),
  countryCard('LI', '4000004380000004', 'pm_card_li'),
  countryCard('LT', '4000004400000000', 'pm_card_lt'),
  countryCard('LU', '4000004420000006', 'pm_card_lu'),
  countryCard('MT', '4000004700000007', 'pm_card_mt'),
  countryCard('NL', '4000005280000002', 'pm_card_nl'),
  countryCard('NO', '4000005780000007', 'pm_card_no'),
  countryCard('PL', '4000006160000005', 'pm_card_pl'),
  countryCard('PT', '4000006200000007', 'pm_card_pt'),
  countryCard('RO', '4000006420000001', 'pm_card_ro'),
  countryCard('SA', '4000006820000007', 'pm_card_sa'),
  countryCard('SI', '4000007050000006', 'pm_card_si'),
  countryCard('SK', '4000007030000001', 'pm_card_sk'),
  countryCard('ES', '4000007240000007', 'pm_card_es'),
  countryCard('SE', '4000007520000008', 'pm_card_se'),
  countryCard('CH', '4000007560000009', 'pm_card_ch'),
  countryCard('GB', '4000008260000000', 'pm_card_gb'),
  countryCard('GB', '4000058260000005', 'pm_card_gb_debit', { funding: 'debit' }),
  countryCard('GB', '5555558265554449', 'pm_card_gb_mastercard', { brand: 'mastercard' }),
  countryCard('AU', '4000000360000006', 'pm_card_au'),
  countryCard('CN', '4000001560000002', 'pm_card_cn'),
  countryCard('HK', '4000003440000004', 'pm_card_hk'),
  countryCard('IN', '4000003560000008', 'pm_card_in'),
  countryCard('JP', '4000003920000003', 'pm_card_jp'),
  countryCard('JP', '3530111333300000', null, { brand: 'jcb' }),
  countryCard('MY', '4000004580000002', 'pm_card_my'),
  countryCard('NZ', '4000005540000008', 'pm_card_nz'),
  countryCard('SG', '4000007020000003', 'pm_card_sg'),
  countryCard('TW', '4000001580000008', 'pm_card_tw'),
  countryCard('TH', '4000007640000003', 'pm_card_th_credit'),
  countryCard('TH', '4000057640000008', 'pm_card_th_debit', { funding: 'debit' }),
];

const SUCCEEDS = 'The payment succeeds';

const SPECIAL: TestCard[] = [
  row('4000000000000341', 'pm_card_chargeCustomerFail', 'Attaching succeeds; charging declines (generic_decline).', {
    decline: GENERIC_DECLINE,
  }),
  row('4000000000004954', 'pm_card_riskLevelHighest', 'Risk level highest: blocked by the default Radar rules.', {
    riskLevel: 'highest',
    blocked: true,
    decline: { ...GENERIC_DECLINE, declineCode: 'fraudulent' },
  }),
  row('4000000000009235', 'pm_card_riskLevelElevated', `${SUCCEEDS} with risk level elevated.`, {
    riskLevel: 'elevated',
  }),
  row('4000000000000101', 'pm_card_cvcCheckFail', `${SUCCEEDS}; the CVC check fails.`, { checks: { cvc: 'fail' } }),
  row('4000000000000036', 'pm_card_avsZipFail', `${SUCCEEDS}; the postal code check fails.`, {
    checks: { postalCode: 'fail' },
  }),
  row('4000000000000028', 'pm_card_avsLine1Fail', `${SUCCEEDS}; the address line 1 check fails.`, {
    checks: { line1: 'fail' },
  }),
  row('4000000000000010', 'pm_card_avsFail', `${SUCCEEDS}; postal code and line 1 checks fail.`, {
    checks: { line1: 'fail', postalCode: 'fail' },
  }),
  row('4000000000000044', 'pm_card_avsUnchecked', `${SUCCEEDS}; address checks unavailable.`, {
    checks: { line1: 'unavailable', postalCode: 'unavailable' },
  }),
  row('4000000000000259', 'pm_card_createDispute', SUCCEEDS, { note: 'Stripe disputes it as fraudulent.' }),
  row('4000000000002685', 'pm_card_createDisputeProductNotReceived', SUCCEEDS, {
    note: 'Stripe disputes it as product not received.',
  }),
  row('4000000000001976', 'pm_card_createDisputeInquiry', SUCCEEDS, { note: 'Stripe opens an inquiry.' }),
  row('4000000000005423', 'pm_card_createIssuerFraudRecord', SUCCEEDS, {
    note: 'Stripe sends an early fraud warning.',
  }),
  row('4000000404000079', 'pm_card_createMultipleDisputes', SUCCEEDS, { note: 'Stripe disputes it several times.' }),
  row('4000000404000038', 'pm_card_createCe3EligibleDispute', SUCCEEDS, {
    note: 'Stripe opens a Visa CE 3.0 eligible dispute.',
  }),
  row('4000008400000779', 'pm_card_createComplianceDispute', SUCCEEDS, { note: 'Stripe opens a compliance dispute.' }),
  row('4000000000007726', 'pm_card_pendingRefund', SUCCEEDS, { note: 'Refunds start pending, then succeed.' }),
  row('4000000000005126', 'pm_card_refundFail', SUCCEEDS, { note: 'Refunds succeed, then fail.' }),
  row('4000000000000077', 'pm_card_bypassPending', `${SUCCEEDS}; funds are available at once.`, {
    bypassPending: true,
  }),
  row('4000003720000278', 'pm_card_bypassPendingInternational', `${SUCCEEDS}; funds are available at once.`, {
    bypassPending: true,
    country: 'IE',
  }),
  row('4000000000003097', 'pm_card_threeDSecureOptionalProcessingError', '3DS optional; a requested 3DS fails.', {
    lookupError: {
      code: 'processing_error',
      declineCode: null,
      message: 'An error occurred while processing your card. Try again in a little bit.',
      param: null,
    },
  }),
  row('4000000000003238', null, '3DS2 required (one-time passcode flow); succeeds after it.', {
    threeDSecure: 'required',
  }),
  row('4000000000003246', null, '3DS2 required (single-select flow); succeeds after it.', { threeDSecure: 'required' }),
  row('4000000000003253', null, '3DS2 required (multi-select flow); succeeds after it.', { threeDSecure: 'required' }),
];

export const MORE_TEST_CARDS: readonly TestCard[] = [...BY_BRAND, ...BY_COUNTRY, ...SPECIAL];
