import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { startPayment } from '@/lib/checkout/start-payment';
import { collectCustomerDetails } from '@/lib/customer-details/collect-customer-details';
import { serializeCheckoutSession } from '@/lib/objects/serialize';
import { recoveryToken } from '@/lib/recovery/recovery-token';
import { recoveryTokenSecret } from '@/lib/recovery/recovery-token-secret';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { createCheckoutSession } from './create-checkout-session';
import { expireSession } from './expire-session';
import { recoverSession } from './recover-session';
import { getRecoveryState } from './recovery-state';

let env: TestEnvironment;
let merchantId: string;
const DAY_MS = 24 * 60 * 60 * 1000;

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(env.database.prisma, { name: 'Recovery shop' })).id;
});
after(() => env.close());

const db = () => env.database.prisma;

const newSession = (options: { email?: string; recovery?: boolean; promotions?: boolean } = {}) =>
  createCheckoutSession(db(), {
    merchantId,
    currency: 'eur',
    lineItems: [
      { name: 'Chair', unitAmount: 9900, quantity: 2, imageUrl: 'https://shop.example/chair.png' },
      { name: 'Cushion', unitAmount: 1500, quantity: 1 },
    ],
    customerEmail: options.email,
    successUrl: 'https://shop.example/thanks?s={CHECKOUT_SESSION_ID}',
    cancelUrl: 'https://shop.example/cart',
    threeDSecureUi: 'redirect',
    locale: 'de',
    clientReferenceId: 'order-7',
    metadata: { order: '7' },
    checkoutOptions: { phone_number_collection: { enabled: true }, submit_type: 'book' },
    recovery:
      options.recovery === false ? undefined : { enabled: true, allowPromotionCodes: options.promotions ?? false },
    expiresInSeconds: 3600,
  });

async function read(id: string) {
  const session = await db().checkoutSession.findUniqueOrThrow({
    where: { id },
    include: { lineItems: { orderBy: { position: 'asc' } }, payment: { select: { id: true } } },
  });
  return serializeCheckoutSession(session, 'http://localhost:3999');
}

async function expiredWithUrl(options: Parameters<typeof newSession>[0] = { email: 'ada@example.com' }) {
  const session = await newSession(options);
  assert.equal(await collectCustomerDetails(db(), session.id, { name: 'Ada Lovelace', phone: '+49 30 1234567' }), null);
  assert.equal(await expireSession(db(), session.id), 'expired');
  const url = (await read(session.id)).after_expiration?.recovery.url;
  assert.ok(url, 'a recovery URL');
  return { session, token: new URL(url).pathname.split('/').pop()! };
}

test('the URL is issued at expiry only with recovery enabled and a known email; it opens for 30 days', async () => {
  const withEmail = await newSession({ email: 'ada@example.com', promotions: true });
  const withoutEmail = await newSession({});
  const notEnabled = await newSession({ email: 'ada@example.com', recovery: false });
  const before = await read(withEmail.id);
  assert.deepEqual(before.after_expiration, {
    recovery: { enabled: true, allow_promotion_codes: true, url: null, expires_at: null },
  });
  const expiredAt = new Date();
  for (const session of [withEmail, withoutEmail, notEnabled])
    assert.equal(await expireSession(db(), session.id, expiredAt), 'expired');

  const recovery = (await read(withEmail.id)).after_expiration!.recovery;
  assert.match(recovery.url!, /^http:\/\/localhost:3999\/recover\/[A-Za-z0-9_-]{43}$/);
  assert.equal(recovery.expires_at, Math.floor((expiredAt.getTime() + 30 * DAY_MS) / 1000));
  assert.deepEqual((await read(withoutEmail.id)).after_expiration, {
    recovery: { enabled: true, allow_promotion_codes: false, url: null, expires_at: null },
  });
  assert.equal((await read(notEnabled.id)).after_expiration, null);

  const event = await db().merchantEvent.findFirstOrThrow({
    where: { objectId: withEmail.id, type: 'checkout.session.expired' },
  });
  assert.deepEqual((event.data as { object: { after_expiration: unknown } }).object.after_expiration, { recovery });
  const stored = await db().checkoutSession.findUniqueOrThrow({ where: { id: withEmail.id } });
  assert.notEqual(stored.recoveryTokenHash, recovery.url!.split('/').pop(), 'only the hash is stored');
  assert.match(stored.recoveryTokenHash!, /^[0-9a-f]{64}$/);
});

test('the email the customer typed before pressing Pay counts as known', async () => {
  const session = await newSession({});
  await startPayment(
    db(),
    { sessionId: session.id, paymentMethodId: 'pm_card_visa_chargeDeclined', email: 'typed@example.com' },
    'http://localhost:3999',
  );
  assert.equal(await expireSession(db(), session.id), 'expired');
  const serialized = await read(session.id);
  assert.equal(serialized.customer_email, 'typed@example.com');
  assert.ok(serialized.after_expiration?.recovery.url);
});

test('continuing creates one new session with the same order, email and settings, and its own expiry', async () => {
  const { session, token } = await expiredWithUrl();
  const state = await getRecoveryState(db(), token);
  assert.equal(state.kind, 'ready');
  assert.equal(await db().checkoutSession.count({ where: { recoveredFromId: session.id } }), 0, 'reading creates none');

  const now = new Date();
  const outcome = await recoverSession(db(), token, now);
  assert.equal(outcome.kind, 'recovered');
  const id = outcome.kind === 'recovered' ? outcome.sessionId : '';
  const [original, copy] = [await read(session.id), await read(id)];
  assert.equal(copy.status, 'open');
  assert.equal(copy.recovered_from, session.id);
  assert.equal(copy.expires_at, Math.floor(now.getTime() / 1000) + 3600);
  assert.equal(copy.after_expiration, null);
  const same = (value: typeof original) => ({
    ...value,
    id: undefined,
    url: undefined,
    status: undefined,
    created: undefined,
    expires_at: undefined,
    after_expiration: undefined,
    recovered_from: undefined,
  });
  assert.deepEqual(same(copy), same(original));
  assert.deepEqual(copy.customer_details, {
    name: 'Ada Lovelace',
    business_name: null,
    phone: '+49301234567',
    address: null,
  });
  assert.deepEqual(await recoverSession(db(), token), outcome, 'pressing again leads to the same session');
});

test('two racing presses create one session', async () => {
  const { session, token } = await expiredWithUrl();
  const outcomes = await Promise.all([recoverSession(db(), token), recoverSession(db(), token)]);
  const ids = outcomes.map((outcome) => (outcome.kind === 'recovered' ? outcome.sessionId : outcome.reason));
  assert.equal(await db().checkoutSession.count({ where: { recoveredFromId: session.id } }), 1);
  assert.equal(ids[0], ids[1]);
  assert.match(ids[0]!, /^cs_/);
  await assert.rejects(
    createCheckoutSession(db(), {
      merchantId,
      currency: 'eur',
      lineItems: [{ name: 'Chair', unitAmount: 9900, quantity: 1 }],
      recoveredFromId: session.id,
    }),
    (error: { code?: string }) => error.code === '23505',
    'the database itself refuses a second session recovered from the same one',
  );
});

test('once the recovered session is paid or expired the URL is used up', async () => {
  const { session, token } = await expiredWithUrl();
  const first = await recoverSession(db(), token);
  assert.equal(first.kind, 'recovered');
  await db().checkoutSession.updateMany({ where: { recoveredFromId: session.id }, data: { status: 'complete' } });
  assert.deepEqual(await recoverSession(db(), token), { kind: 'refused', reason: 'used' });
  assert.equal((await getRecoveryState(db(), token)).kind, 'used');
  assert.equal(await db().checkoutSession.count({ where: { recoveredFromId: session.id } }), 1);
});

test('refused after recovery.expires_at, for a session that is not expired, and for made-up tokens', async () => {
  const { session, token } = await expiredWithUrl();
  const later = new Date(Date.now() + 30 * DAY_MS + 60_000);
  assert.deepEqual(await recoverSession(db(), token, later), { kind: 'refused', reason: 'lapsed' });
  assert.equal(await db().checkoutSession.count({ where: { recoveredFromId: session.id } }), 0);

  const open = await newSession({ email: 'ada@example.com' });
  const openToken = recoveryToken(recoveryTokenSecret(), open.id);
  assert.deepEqual(await recoverSession(db(), openToken), { kind: 'refused', reason: 'not_found' });
  const noEmail = await newSession({});
  await expireSession(db(), noEmail.id);
  const noEmailToken = recoveryToken(recoveryTokenSecret(), noEmail.id);
  assert.deepEqual(await recoverSession(db(), noEmailToken), { kind: 'refused', reason: 'not_found' });
  for (const made of ['', 'x', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), `${token}/../x`, session.id])
    assert.deepEqual(await recoverSession(db(), made), { kind: 'refused', reason: 'not_found' });
});
