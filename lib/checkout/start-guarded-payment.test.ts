import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createPaymentLink } from '@/lib/links/create-payment-link';
import { openLinkCheckout } from '@/lib/links/open-link-checkout';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { startGuardedPayment } from './start-guarded-payment';

const PUBLIC_URL = 'http://localhost:3999';
let env: TestEnvironment;
before(async () => {
  env = await createTestEnvironment();
  Object.assign(process.env, {
    PAYMENT_RATE_LIMIT_LINK_BURST: '5',
    PAYMENT_RATE_LIMIT_CARD_BURST: '3',
    PAYMENT_RATE_LIMIT_MERCHANT_BURST: '100',
  });
});
after(() => env.close());

const db = () => env.database.prisma;
const pay = (sessionId: string, paymentMethodId: string, ip: string) =>
  startGuardedPayment(db(), { sessionId, paymentMethodId, email: 'buyer@example.com' }, ip, PUBLIC_URL);

async function hostedSession(merchantId: string) {
  const session = await createCheckoutSession(db(), {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Lamp', unitAmount: 4500, quantity: 1 }],
    successUrl: 'https://shop.example/thanks',
  });
  return session.id;
}

test('declined cards over many sessions of one payment link, each from its own IP, stop reaching Stripe at the link limit', async () => {
  const merchant = await createMerchant(db(), { name: 'Link shop' });
  const link = await createPaymentLink(
    db(),
    merchant.id,
    { line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }], currency: 'usd' },
    true,
  );
  // A card tester's list: a different card each time, so no fingerprint repeats more than twice.
  const cards = [
    'pm_card_visa_chargeDeclined',
    'pm_card_visa_chargeDeclinedLostCard',
    'pm_card_visa_chargeDeclinedStolenCard',
    'pm_card_chargeDeclinedIncorrectCvc',
    'pm_card_visa_chargeDeclinedVelocityLimitExceeded',
    'pm_card_visa_chargeDeclinedInsufficientFunds',
  ];
  const outcomes = [];
  for (let i = 1; i <= 12; i++) {
    const opened = await openLinkCheckout(db(), {
      slug: link.slug,
      prefill: {},
      publicUrl: PUBLIC_URL,
      displayLocale: 'en',
    });
    assert.equal(opened.kind, 'opened');
    const step = await pay((opened as { sessionId: string }).sessionId, cards[i % cards.length]!, `198.51.100.${i}`);
    assert.equal(step.kind, 'failed');
    outcomes.push(step.kind === 'failed' && step.code === 'rate_limited' ? 'held' : 'sent');
  }
  assert.deepEqual(outcomes, [...Array(5).fill('sent'), ...Array(7).fill('held')]);
  const attempts = await db().paymentAttempt.count({ where: { payment: { merchantId: merchant.id } } });
  assert.equal(attempts, 5, 'only five attempts were sent to Stripe');
});

test('one card declined again and again is held by its fingerprint across sessions and addresses', async () => {
  const merchant = await createMerchant(db(), { name: 'Card shop' });
  const codes = [];
  for (let i = 1; i <= 5; i++) {
    const step = await pay(await hostedSession(merchant.id), 'pm_card_chargeDeclinedExpiredCard', `203.0.113.${i}`);
    codes.push(step.kind === 'failed' ? step.code : step.kind);
  }
  assert.deepEqual(codes, ['expired_card', 'expired_card', 'expired_card', 'rate_limited', 'rate_limited']);
});

test('successful payments give their tokens back: a good card and a busy link are never slowed', async () => {
  const merchant = await createMerchant(db(), { name: 'Busy shop' });
  const link = await createPaymentLink(
    db(),
    merchant.id,
    { line_items: [{ name: 'Mug', unit_amount: 1500, quantity: 1 }], currency: 'usd' },
    true,
  );
  for (let i = 1; i <= 8; i++) {
    const opened = (await openLinkCheckout(db(), {
      slug: link.slug,
      prefill: {},
      publicUrl: PUBLIC_URL,
      displayLocale: 'en',
    })) as { sessionId: string };
    const step = await pay(opened.sessionId, 'pm_card_visa', `192.0.2.${i}`);
    assert.equal(step.kind, 'processing', `payment ${i}`);
  }
});
