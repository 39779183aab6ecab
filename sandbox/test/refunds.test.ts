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

const paid = (amount = 5000) =>
  stripe.paymentIntents.create({
    allowed_payment_method_types: ['card'],
    amount,
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: true,
  });

describe('refunds', () => {
  it('partial then full refunds update the charge; over-refunding is refused', async () => {
    const pi = await paid();
    const first = await stripe.refunds.create({
      payment_intent: pi.id,
      amount: 2000,
      reason: 'requested_by_customer',
      metadata: { ticket: 't1' },
    });
    assert.match(first.id, /^re_/);
    assert.equal(first.status, 'succeeded');
    assert.equal(first.amount, 2000);
    assert.equal(first.charge, pi.latest_charge);
    assert.equal(first.payment_intent, pi.id);
    assert.equal(first.reason, 'requested_by_customer');
    let charge = await stripe.charges.retrieve(pi.latest_charge as string);
    assert.equal(charge.amount_refunded, 2000);
    assert.equal(charge.refunded, false);
    const tooMuch = await rejection(() => stripe.refunds.create({ payment_intent: pi.id, amount: 3001 }));
    assert.equal(tooMuch.statusCode, 400);
    assert.equal(tooMuch.param, 'amount');
    const rest = await stripe.refunds.create({ charge: pi.latest_charge as string });
    assert.equal(rest.amount, 3000);
    charge = await stripe.charges.retrieve(pi.latest_charge as string, { expand: ['refunds'] });
    assert.equal(charge.amount_refunded, 5000);
    assert.equal(charge.refunded, true);
    assert.equal(charge.refunds?.data.length, 2);
    const again = await rejection(() => stripe.refunds.create({ payment_intent: pi.id }));
    assert.equal(again.code, 'charge_already_refunded');
  });

  it('retrieve, update metadata, list by payment_intent', async () => {
    const pi = await paid();
    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 100 });
    assert.equal((await stripe.refunds.retrieve(refund.id)).amount, 100);
    const updated = await stripe.refunds.update(refund.id, { metadata: { note: 'x' } });
    assert.deepEqual(updated.metadata, { note: 'x' });
    await stripe.refunds.create({ payment_intent: pi.id, amount: 200 });
    const list = await stripe.refunds.list({ payment_intent: pi.id });
    assert.deepEqual(
      list.data.map((r) => r.amount),
      [200, 100],
    );
    const expanded = await stripe.refunds.retrieve(refund.id, { expand: ['charge'] });
    assert.equal((expanded.charge as Stripe.Charge).id, pi.latest_charge);
  });

  it('refuses PIs without a successful captured charge, unknown ids and missing targets', async () => {
    const open = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    assert.equal((await rejection(() => stripe.refunds.create({ payment_intent: open.id }))).statusCode, 400);
    const held = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      capture_method: 'manual',
    });
    assert.equal(
      (await rejection(() => stripe.refunds.create({ charge: held.latest_charge as string }))).statusCode,
      400,
    );
    assert.equal(
      (await rejection(() => stripe.refunds.create({ payment_intent: 'pi_nope' }))).code,
      'resource_missing',
    );
    assert.equal((await rejection(() => stripe.refunds.create({}))).code, 'parameter_missing');
    assert.equal((await rejection(() => stripe.refunds.retrieve('re_nope'))).statusCode, 404);
  });

  it('a partially captured charge refunds only what was captured', async () => {
    const held = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      capture_method: 'manual',
    });
    await stripe.paymentIntents.capture(held.id, { amount_to_capture: 600 });
    const error = await rejection(() => stripe.refunds.create({ payment_intent: held.id, amount: 601 }));
    assert.equal(error.param, 'amount');
    assert.equal((await stripe.refunds.create({ payment_intent: held.id })).amount, 600);
  });
});
