import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type Stripe from 'stripe';
import { expireSessions } from '@/lib/sessions/expire-sessions';
import { startPayment } from '@/lib/checkout/start-payment';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { ApiError } from '@/lib/merchant-api/api-error';
import { asApiRefusal } from '@/test-support/as-api-refusal';
import { handleStripeEvent } from '@/lib/payments/handle-stripe-event';
import { stripe } from '@/lib/stripe/stripe-client';
import { createTestEnvironment, type TestEnvironment } from '@/test-support/test-environment';
import { checkoutLinkRefusal } from '@/lib/sessions/checkout-link-refusal';
import { createPaymentLink } from './create-payment-link';
import { findPaymentLink } from './find-payment-link';
import { confirmAfterThreeDSecure } from '@/lib/checkout/confirm-after-three-d-secure';
import { confirmAuthenticatedPayments } from '@/lib/checkout/confirm-authenticated-payments';
import { DEFAULT_INACTIVE_MESSAGE } from '@/lib/sessions/link-availability';
import { PLACES_HELD_MESSAGE } from '@/lib/sessions/link-refusal-text';
import { getLinkView } from './get-link-view';
import { listPaymentLinks } from './list-payment-links';
import { openLinkCheckout } from './open-link-checkout';
import { updatePaymentLink } from './update-payment-link';

let env: TestEnvironment;
let merchantId: string;
const db = () => env.database.prisma;
const PUBLIC_URL = 'http://localhost:3999';

before(async () => {
  env = await createTestEnvironment();
  merchantId = (await createMerchant(db(), { name: 'Link shop' })).id;
});
after(() => env.close());

const lamp = { line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 2 }], currency: 'usd' };

async function open(slug: string, extra: { amount?: string; prefill?: object } = {}) {
  return openLinkCheckout(db(), { slug, prefill: {}, publicUrl: PUBLIC_URL, displayLocale: 'en-US', ...extra });
}

async function openSession(slug: string): Promise<string> {
  const result = await open(slug);
  assert.equal(result.kind, 'opened');
  return result.kind === 'opened' ? result.sessionId : '';
}

const pay = (sessionId: string, paymentMethodId = 'pm_card_visa') =>
  startPayment(db(), { sessionId, paymentMethodId, email: 'buyer@example.com' }, PUBLIC_URL);

/** Applies Stripe's payment_intent.succeeded webhook for the session's payment, as the webhook route does. */
async function deliverSuccess(sessionId: string) {
  const payment = await db().payment.findUniqueOrThrow({ where: { sessionId } });
  const events = await stripe().events.list({ limit: 100 });
  const event = events.data.find(
    (e) =>
      e.type === 'payment_intent.succeeded' && (e.data.object as { id: string }).id === payment.stripePaymentIntentId,
  );
  assert.ok(event, 'the sandbox sent payment_intent.succeeded');
  await handleStripeEvent(db(), event as Stripe.Event);
}

async function decideThreeDSecure(paymentIntentId: string, outcome: 'complete' | 'fail') {
  const response = await fetch(`${env.sandboxUrl}/_sandbox/payment_intents/${paymentIntentId}/three_d_secure`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${env.secretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `outcome=${outcome}`,
  });
  assert.ok(response.ok, `3DS decision: ${response.status}`);
}

test('links are created, read, listed and updated per merchant; another merchant gets 404', async () => {
  const link = await createPaymentLink(db(), merchantId, { ...lamp, metadata: { sku: 'L1' } }, true);
  assert.match(link.id, /^plink_[0-9A-Za-z]{24}$/);
  assert.match(link.slug, /^[0-9A-Za-z]{24}$/);
  const other = (await createMerchant(db(), { name: 'Other shop' })).id;
  await assert.rejects(
    asApiRefusal(findPaymentLink(db(), other, link.id)),
    (error: ApiError) => error.status === 404 && error.code === 'resource_missing',
  );
  await assert.rejects(
    asApiRefusal(updatePaymentLink(db(), other, link.id, { active: false }, true)),
    (error: ApiError) => error.status === 404,
  );

  const updated = await updatePaymentLink(
    db(),
    merchantId,
    link.id,
    { active: false, inactive_message: 'Sold out', restrictions: { completed_sessions: { limit: 3 } } },
    true,
  );
  assert.deepEqual([updated.active, updated.inactiveMessage, updated.completedLimit], [false, 'Sold out', 3]);
  const switched = await updatePaymentLink(
    db(),
    merchantId,
    link.id,
    { custom_amount: { name: 'Tip' }, restrictions: null },
    true,
  );
  assert.deepEqual(
    [switched.customAmountName, switched.customAmountMin, switched.lineItems, switched.completedLimit],
    ['Tip', 50, [], null],
  );
  await assert.rejects(
    updatePaymentLink(db(), merchantId, link.id, { line_items: [{ name: 'Gum', unit_amount: 10, quantity: 1 }] }, true),
    (error: ApiError) => error.param === 'line_items',
  );

  const inactive = await listPaymentLinks(db(), merchantId, { active: 'false' }, PUBLIC_URL);
  assert.deepEqual(
    inactive.data.map((l) => l.id),
    [link.id],
  );
  assert.equal(inactive.data[0]!.url, `${PUBLIC_URL}/l/${link.slug}`);
  assert.deepEqual((await listPaymentLinks(db(), merchantId, { active: 'true' }, PUBLIC_URL)).data, []);
  assert.deepEqual((await listPaymentLinks(db(), other, {}, PUBLIC_URL)).data, []);
});

test('with allowed redirect domains, an after-completion redirect elsewhere is refused', async () => {
  const shop = (await createMerchant(db(), { name: 'Strict shop' })).id;
  await db().merchant.update({ where: { id: shop }, data: { allowedRedirectDomains: ['shop.example'] } });
  const redirect = (url: string) => ({ ...lamp, after_completion: { type: 'redirect', redirect: { url } } });
  await createPaymentLink(db(), shop, redirect('https://www.shop.example/thanks'), false);
  await assert.rejects(
    createPaymentLink(db(), shop, redirect('https://evil.example/'), false),
    (error: ApiError) => error.code === 'url_not_allowed' && error.param === 'after_completion.redirect.url',
  );
});

test('each customer gets a new session with the link items, the prefill, and the after-completion behaviour', async () => {
  const hosted = await createPaymentLink(
    db(),
    merchantId,
    {
      ...lamp,
      after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Ships Monday.' } },
      metadata: { sku: 'L1' },
    },
    true,
  );
  const prefill = { email: 'ada@example.com', locale: 'fr', clientReferenceId: 'order-7' };
  const first = await open(hosted.slug, { prefill });
  const second = await open(hosted.slug);
  assert.ok(first.kind === 'opened' && second.kind === 'opened');
  assert.notEqual(first.sessionId, second.sessionId);
  const session = await db().checkoutSession.findUniqueOrThrow({
    where: { id: first.sessionId },
    include: { lineItems: true },
  });
  assert.deepEqual(
    [
      session.paymentLinkId,
      session.amountTotal,
      session.successUrl,
      session.completionMessage,
      session.customerEmail,
      session.locale,
      session.clientReferenceId,
    ],
    [hosted.id, 9000, null, 'Ships Monday.', 'ada@example.com', 'fr', 'order-7'],
  );
  assert.equal(
    session.cancelUrl,
    `${PUBLIC_URL}/l/${hosted.slug}?prefilled_email=ada%40example.com&locale=fr&client_reference_id=order-7`,
  );
  assert.deepEqual(session.metadata, { sku: 'L1' });

  const redirecting = await createPaymentLink(
    db(),
    merchantId,
    {
      ...lamp,
      after_completion: { type: 'redirect', redirect: { url: 'https://shop.example/thanks?p={PAYMENT_ID}' } },
      three_d_secure_ui: 'redirect',
    },
    true,
  );
  const opened = await open(redirecting.slug);
  const redirectSession = await db().checkoutSession.findUniqueOrThrow({
    where: { id: opened.kind === 'opened' ? opened.sessionId : '' },
  });
  assert.deepEqual(
    [redirectSession.successUrl, redirectSession.completionMessage, redirectSession.threeDSecureUi],
    ['https://shop.example/thanks?p={PAYMENT_ID}', null, 'redirect'],
  );
  assert.deepEqual(await open('A'.repeat(24)), { kind: 'not_found' });
  assert.deepEqual(await open('../etc'), { kind: 'not_found' });
});

test('a customer-chosen amount must be within the bounds, which the message names', async () => {
  const tip = await createPaymentLink(
    db(),
    merchantId,
    { custom_amount: { name: 'Tip', minimum: 500, maximum: 10_000 }, currency: 'eur' },
    true,
  );
  const refusal = { kind: 'invalid_amount', message: 'Enter an amount between €5.00 and €100.00.' };
  for (const amount of ['4.99', '100.01', 'lots', '', undefined])
    assert.deepEqual(await open(tip.slug, { amount }), refusal, String(amount));
  const opened = await open(tip.slug, { amount: '12,50' });
  assert.equal(opened.kind, 'opened');
  const session = await db().checkoutSession.findUniqueOrThrow({
    where: { id: opened.kind === 'opened' ? opened.sessionId : '' },
    include: { lineItems: true },
  });
  assert.deepEqual([session.amountTotal, session.currency, session.lineItems[0]?.name], [1250, 'eur', 'Tip']);
});

test('an inactive link opens nothing and says so; reactivated, it works again', async () => {
  const link = await createPaymentLink(db(), merchantId, { ...lamp, active: false }, true);
  assert.deepEqual(await open(link.slug), { kind: 'closed', message: DEFAULT_INACTIVE_MESSAGE });
  await updatePaymentLink(db(), merchantId, link.id, { inactive_message: 'Back in spring.' }, true);
  assert.deepEqual(await open(link.slug), { kind: 'closed', message: 'Back in spring.' });
  await updatePaymentLink(db(), merchantId, link.id, { active: true }, true);
  assert.equal((await open(link.slug)).kind, 'opened');
});

test('a limit of 1 with two customers paying at once: one payment starts, the other is refused; the webhook counts the one', async () => {
  const link = await createPaymentLink(
    db(),
    merchantId,
    { ...lamp, restrictions: { completed_sessions: { limit: 1 } }, inactive_message: 'Sold out!' },
    true,
  );
  const [a, b] = [await openSession(link.slug), await openSession(link.slug)];
  const steps = await Promise.all([pay(a), pay(b)]);
  const kinds = steps
    .map((step) => (step.kind === 'unavailable' ? `${step.reason}: ${step.message}` : step.kind))
    .sort();
  // The winner's place is only held while Stripe answers: the other customer is told to try again shortly.
  assert.deepEqual(kinds, [`link_unavailable: ${PLACES_HELD_MESSAGE}`, 'processing']);
  const winner = steps[0]!.kind === 'processing' ? a : b;
  const loser = winner === a ? b : a;
  assert.equal(await db().payment.count({ where: { sessionId: loser } }), 0, 'the refused customer was never charged');

  assert.equal((await findPaymentLink(db(), merchantId, link.id)).completedCount, 0, 'processing is not completed');
  await deliverSuccess(winner);
  await deliverSuccess(winner);
  assert.equal(
    (await findPaymentLink(db(), merchantId, link.id)).completedCount,
    1,
    'a duplicate webhook does not count twice',
  );
  const events = await db().merchantEvent.findMany({ where: { merchantId, type: 'payment_link.completed' } });
  const object = (events.find((e) => e.objectId === winner)?.data as { object: Record<string, unknown> }).object;
  assert.deepEqual(
    [object.object, object.payment_link, object.status, object.customer_email, object.amount_total],
    ['checkout.session', link.id, 'complete', 'buyer@example.com', 9000],
  );
  assert.ok(typeof object.payment === 'string');

  assert.deepEqual(await open(link.slug), { kind: 'closed', message: 'Sold out!' });
  const loserSession = await db().checkoutSession.findUniqueOrThrow({
    where: { id: loser },
    include: { payment: true },
  });
  assert.equal(await checkoutLinkRefusal(db(), loserSession), 'Sold out!');
  assert.equal((await pay(loser)).kind, 'unavailable');
});

test('a payment waiting on 3-D Secure holds the last place until it ends; a declined one frees it at once', async () => {
  const link = await createPaymentLink(
    db(),
    merchantId,
    { ...lamp, restrictions: { completed_sessions: { limit: 1 } } },
    true,
  );
  const [a, b, c] = [await openSession(link.slug), await openSession(link.slug), await openSession(link.slug)];
  assert.equal((await pay(a, 'pm_card_authenticationRequired')).kind, 'requires_action');
  const refused = await pay(b);
  assert.deepEqual(refused.kind === 'unavailable' && [refused.reason, refused.message], [
    'link_unavailable',
    PLACES_HELD_MESSAGE,
  ]);
  assert.equal((await getLinkView(db(), link.slug))?.closedMessage, PLACES_HELD_MESSAGE, 'the link page says so too');
  const aSession = await db().checkoutSession.findUniqueOrThrow({ where: { id: a }, include: { payment: true } });
  assert.equal(await checkoutLinkRefusal(db(), aSession), null, 'the customer in 3DS may finish');
  assert.equal((await pay(a, 'pm_card_visa')).kind, 'requires_action', 'their own retry resumes, it is not refused');

  await db().checkoutSession.update({ where: { id: a }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expireSessions(db());
  assert.equal((await pay(c, 'pm_card_visa_chargeDeclined')).kind, 'failed');
  assert.equal((await pay(b)).kind, 'processing', 'the expired 3DS and the decline no longer hold the place');
});

test('a place held in 3-D Secure is released after the hold; the late authentication is then not charged', async () => {
  const link = await createPaymentLink(
    db(),
    merchantId,
    { ...lamp, restrictions: { completed_sessions: { limit: 1 } } },
    true,
  );
  const [parked, late] = [await openSession(link.slug), await openSession(link.slug)];
  assert.equal((await pay(parked, 'pm_card_authenticationRequired')).kind, 'requires_action');
  assert.equal((await pay(late)).kind, 'unavailable');
  const hold = Number(process.env.LINK_PLACE_HOLD_SECONDS ?? 900) * 1000;
  await db().payment.updateMany({
    where: { sessionId: parked },
    data: { awaitingCustomerSince: new Date(Date.now() - hold - 1000) },
  });
  // The server re-confirm job reading it meanwhile (the customer has not authenticated yet) does not renew the hold.
  await confirmAuthenticatedPayments(db(), PUBLIC_URL, { olderThanMs: 0 });
  assert.equal((await getLinkView(db(), link.slug))?.closedMessage, null, 'the lapsed hold frees the place');
  assert.equal((await pay(late)).kind, 'processing');

  // The parked customer authenticates now: Stripe holds their PaymentIntent in requires_confirmation, but the
  // place is taken, so the server does not confirm it.
  const parkedPayment = await db().payment.findUniqueOrThrow({ where: { sessionId: parked } });
  await decideThreeDSecure(parkedPayment.stripePaymentIntentId!, 'complete');
  const step = await confirmAfterThreeDSecure(db(), parkedPayment.id, 'http://localhost:3999');
  assert.deepEqual(step.kind === 'unavailable' && [step.reason, step.message], [
    'link_unavailable',
    PLACES_HELD_MESSAGE,
  ]);
  assert.equal(
    (await stripe().paymentIntents.retrieve(parkedPayment.stripePaymentIntentId!)).status,
    'requires_confirmation',
    'not charged',
  );
});

test('sessions not opened from a link record no payment_link.completed', async () => {
  const before = await db().merchantEvent.count({ where: { type: 'payment_link.completed' } });
  const { createCheckoutSession } = await import('@/lib/sessions/create-checkout-session');
  const session = await createCheckoutSession(db(), {
    merchantId,
    currency: 'usd',
    lineItems: [{ name: 'Pen', unitAmount: 300, quantity: 1 }],
    successUrl: 'https://shop.example/ok',
  });
  await pay(session.id);
  await deliverSuccess(session.id);
  assert.equal((await db().checkoutSession.findUniqueOrThrow({ where: { id: session.id } })).status, 'complete');
  assert.equal(await db().merchantEvent.count({ where: { type: 'payment_link.completed' } }), before);
});
