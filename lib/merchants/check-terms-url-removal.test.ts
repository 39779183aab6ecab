import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createPaymentLink } from '@/lib/links/create-payment-link';
import { updatePaymentLink } from '@/lib/links/update-payment-link';
import { updateAccount } from '@/lib/merchant-api/account/update-account';
import { createSessionForMerchant } from '@/lib/merchant-api/checkout-sessions/create-session';
import { ApiError } from '@/lib/merchant-api/api-error';
import { asApiRefusal } from '@/test-support/as-api-refusal';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { createMerchant } from './create-merchant';

let database: TestDatabase;
const db = () => database.prisma;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

const TERMS = 'https://shop.example/terms';
const consent = { consent_collection: { terms_of_service: 'required' } };
const lamp = { line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }], currency: 'eur' };
const settings = { allowedRedirectDomains: [], allowedEmbedOrigins: [] };
const session = {
  line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }],
  currency: 'eur',
  success_url: 'https://shop.example/ok',
  ...consent,
};

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await asApiRefusal(promise).then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ApiError, String(error));
  return error;
}

const newMerchant = async (name: string) => (await createMerchant(db(), { name })).id;

test('a link requiring consent is refused at create and update without a terms URL, as sessions are', async () => {
  const merchantId = await newMerchant('No terms');
  const created = await refusal(createPaymentLink(db(), merchantId, { ...lamp, ...consent }, true));
  assert.equal(created.status, 400);
  assert.equal(created.param, 'consent_collection.terms_of_service');
  const link = await createPaymentLink(db(), merchantId, lamp, true);
  const updated = await refusal(updatePaymentLink(db(), merchantId, link.id, consent, true));
  assert.equal(updated.param, 'consent_collection.terms_of_service');
  const opened = await refusal(createSessionForMerchant(db(), merchantId, settings, session, 'http://x.test', true));
  assert.equal(opened.param, 'consent_collection.terms_of_service');
  assert.equal(updated.message, created.message);
  assert.equal(opened.message, created.message);
  assert.match(created.message, /terms_of_service_url/);
  const stored = await db().paymentLink.findUniqueOrThrow({ where: { id: link.id } });
  assert.deepEqual(stored.checkoutOptions, {});
  assert.equal(await db().paymentLink.count({ where: { merchantId } }), 1);
});

test('with a terms URL a link may require consent, and the URL cannot be removed while it does', async () => {
  const merchantId = await newMerchant('Terms shop');
  await updateAccount(db(), merchantId, { terms_of_service_url: TERMS });
  const link = await createPaymentLink(db(), merchantId, { ...lamp, ...consent }, true);
  const other = await createPaymentLink(db(), merchantId, { ...lamp, ...consent, active: false }, true);
  const error = await refusal(updateAccount(db(), merchantId, { terms_of_service_url: null }));
  assert.equal(error.status, 400);
  assert.equal(error.param, 'terms_of_service_url');
  assert.match(error.message, /2 payment links/);
  assert.ok(error.message.includes(link.id) && error.message.includes(other.id), error.message);
  const merchant = await db().merchant.findUniqueOrThrow({ where: { id: merchantId } });
  assert.equal(merchant.termsOfServiceUrl, TERMS);

  const changed = await updateAccount(db(), merchantId, { terms_of_service_url: 'https://shop.example/terms-2026' });
  assert.equal(changed.terms_of_service_url, 'https://shop.example/terms-2026');
  const none = { consent_collection: { terms_of_service: 'none' } };
  await updatePaymentLink(db(), merchantId, link.id, none, true);
  await updatePaymentLink(db(), merchantId, other.id, none, true);
  const cleared = await updateAccount(db(), merchantId, { terms_of_service_url: null });
  assert.equal(cleared.terms_of_service_url, null);
});

test('an open session requiring consent keeps the terms URL until it ends; expired ones do not', async () => {
  const merchantId = await newMerchant('Session shop');
  await updateAccount(db(), merchantId, { terms_of_service_url: TERMS });
  const opened = await createSessionForMerchant(db(), merchantId, settings, session, 'http://x.test', true);
  const error = await refusal(updateAccount(db(), merchantId, { terms_of_service_url: null }));
  assert.equal(error.param, 'terms_of_service_url');
  assert.match(error.message, /1 open checkout session \(/);
  assert.ok(error.message.includes(opened.id), error.message);
  assert.doesNotMatch(error.message, /payment link/);
  await db().checkoutSession.update({ where: { id: opened.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const cleared = await updateAccount(db(), merchantId, { terms_of_service_url: null });
  assert.equal(cleared.terms_of_service_url, null);
});

test('another merchant’s consent does not block removing this one’s terms URL', async () => {
  const busy = await newMerchant('Busy');
  await updateAccount(db(), busy, { terms_of_service_url: TERMS });
  await createPaymentLink(db(), busy, { ...lamp, ...consent }, true);
  const quiet = await newMerchant('Quiet');
  await updateAccount(db(), quiet, { terms_of_service_url: TERMS });
  const cleared = await updateAccount(db(), quiet, { terms_of_service_url: null });
  assert.equal(cleared.terms_of_service_url, null);
});
