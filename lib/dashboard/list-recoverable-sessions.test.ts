import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { expireSession } from '@/lib/sessions/expire-session';
import { recoverSession } from '@/lib/sessions/recover-session';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { listRecoverableSessions } from './list-recoverable-sessions';

let env: TestEnvironment;
const PUBLIC_URL = 'http://localhost:3999';

before(async () => {
  env = await createTestEnvironment();
});
after(() => env.close());

async function expiredSession(merchantId: string, email: string | undefined) {
  const session = await createCheckoutSession(env.database.prisma, {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4500, quantity: 1 }],
    customerEmail: email,
    successUrl: 'https://shop.example/thanks',
    recovery: { enabled: true, allowPromotionCodes: false },
  });
  await expireSession(env.database.prisma, session.id);
  return session;
}

test('a merchant sees only its own recoverable sessions, with their URL and whether they were recovered', async () => {
  const db = env.database.prisma;
  const a = (await createMerchant(db, { name: 'Shop A' })).id;
  const b = (await createMerchant(db, { name: 'Shop B' })).id;
  const ofA = await expiredSession(a, 'ada@example.com');
  await expiredSession(a, undefined);
  const ofB = await expiredSession(b, 'bob@example.com');
  await createCheckoutSession(db, {
    merchantId: a,
    currency: 'usd',
    lineItems: [{ name: 'Open lamp', unitAmount: 4500, quantity: 1 }],
    customerEmail: 'ada@example.com',
    successUrl: 'https://shop.example/thanks',
    recovery: { enabled: true, allowPromotionCodes: false },
  });

  const pageA = await listRecoverableSessions(db, a, { direction: 'first' }, PUBLIC_URL);
  assert.deepEqual(
    pageA.rows.map((row) => [row.session.id, row.standing]),
    [[ofA.id, 'recoverable']],
  );
  const url = pageA.rows[0]!.url!;
  assert.match(url, /^http:\/\/localhost:3999\/recover\/[A-Za-z0-9_-]{43}$/);
  const pageB = await listRecoverableSessions(db, b, { direction: 'first' }, PUBLIC_URL);
  assert.deepEqual(
    pageB.rows.map((row) => row.session.id),
    [ofB.id],
  );
  assert.notEqual(pageB.rows[0]!.url, url);

  const across = await listRecoverableSessions(db, a, { direction: 'after', id: ofB.id }, PUBLIC_URL);
  assert.equal(across.cursorIgnored, true, "another merchant's session is no position in this list");
  assert.deepEqual(
    across.rows.map((row) => row.session.id),
    [ofA.id],
  );

  const recovered = await recoverSession(db, url.split('/').pop()!);
  assert.equal(recovered.kind, 'recovered');
  const afterRecovery = await listRecoverableSessions(db, a, { direction: 'first' }, PUBLIC_URL);
  assert.equal(afterRecovery.rows[0]!.standing, 'recovered');
  assert.equal(
    afterRecovery.rows[0]!.session.recoveredBy?.id,
    recovered.kind === 'recovered' ? recovered.sessionId : null,
  );
  const later = await listRecoverableSessions(
    db,
    b,
    { direction: 'first' },
    PUBLIC_URL,
    new Date(Date.now() + 31 * 24 * 3600 * 1000),
  );
  assert.equal(later.rows[0]!.standing, 'lapsed');
});
