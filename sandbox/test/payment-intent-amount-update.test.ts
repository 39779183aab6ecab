import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import { newAccount, rejection, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;

before(async () => {
  sandbox = await startTestSandbox();
  stripe = stripeFor(sandbox, newAccount().secret);
});
after(() => sandbox.close());

const manualIntent = (amount = 2000, currency = 'eur') =>
  stripe.paymentIntents.create({
    amount,
    currency,
    confirmation_method: 'manual',
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });

describe('updating a PaymentIntent amount (POST /v1/payment_intents/:id)', () => {
  it('after a declined confirm, the same PaymentIntent takes a new amount and is charged that amount', async () => {
    const pi = await manualIntent();
    const declined = await rejection<Stripe.errors.StripeCardError>(() =>
      stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa_chargeDeclined' }),
    );
    assert.equal(declined.code, 'card_declined');
    const updated = await stripe.paymentIntents.update(pi.id, { amount: 3500 });
    assert.deepEqual([updated.id, updated.amount, updated.status], [pi.id, 3500, 'requires_payment_method']);
    const paid = await stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    assert.deepEqual([paid.status, paid.amount, paid.amount_received], ['succeeded', 3500, 3500]);
  });

  it('an amount change discards a pending authentication: the PaymentIntent must be confirmed again', async () => {
    const pi = await manualIntent();
    const waiting = await stripe.paymentIntents.confirm(pi.id, {
      payment_method: 'pm_card_threeDSecure2Required',
      use_stripe_sdk: true,
    });
    assert.equal(waiting.status, 'requires_action');
    const updated = await stripe.paymentIntents.update(pi.id, { amount: 2500 });
    assert.deepEqual([updated.amount, updated.status, updated.next_action], [2500, 'requires_confirmation', null]);
  });

  it('is refused with payment_intent_unexpected_state once the PaymentIntent succeeded or was canceled', async () => {
    const paid = await stripe.paymentIntents.confirm((await manualIntent()).id, { payment_method: 'pm_card_visa' });
    const late = await rejection<Stripe.errors.StripeInvalidRequestError>(() =>
      stripe.paymentIntents.update(paid.id, { amount: 999 }),
    );
    assert.deepEqual([late.statusCode, late.code], [400, 'payment_intent_unexpected_state']);
    assert.match(late.message, /amount.*succeeded/);
    assert.equal((await stripe.paymentIntents.retrieve(paid.id)).amount, 2000);

    const canceled = await stripe.paymentIntents.cancel((await manualIntent()).id);
    const refused = await rejection<Stripe.errors.StripeInvalidRequestError>(() =>
      stripe.paymentIntents.update(canceled.id, { amount: 999 }),
    );
    assert.equal(refused.code, 'payment_intent_unexpected_state');
  });

  it("checks the new amount against the currency's rules (minimum, three-decimal step)", async () => {
    const pi = await manualIntent(2000, 'kwd');
    const step = await rejection<Stripe.errors.StripeInvalidRequestError>(() =>
      stripe.paymentIntents.update(pi.id, { amount: 12345 }),
    );
    assert.equal(step.statusCode, 400);
    const eur = await manualIntent();
    const small = await rejection<Stripe.errors.StripeInvalidRequestError>(() =>
      stripe.paymentIntents.update(eur.id, { amount: 10 }),
    );
    assert.equal(small.code, 'amount_too_small');
    assert.equal((await stripe.paymentIntents.update(pi.id, { amount: 12340 })).amount, 12340);
  });
});
