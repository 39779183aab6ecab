import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type Stripe from 'stripe';
import type { RunningSandbox } from '../src/server.js';
import { control, newAccount, startTestSandbox, stripeFor } from './helpers.js';

let sandbox: RunningSandbox;
let stripe: Stripe;
let keys: ReturnType<typeof newAccount>;

before(async () => {
  sandbox = await startTestSandbox();
  keys = newAccount();
  stripe = stripeFor(sandbox, keys.secret);
});
after(() => sandbox.close());

const TWO_DAYS = 2 * 24 * 3600;
const pay = (params: Partial<Stripe.PaymentIntentCreateParams>) =>
  stripe.paymentIntents.create({
    amount: 2500,
    currency: 'eur',
    allowed_payment_method_types: ['card'],
    payment_method: 'pm_card_visa',
    confirm: true,
    expand: ['latest_charge.balance_transaction'],
    ...params,
  });

describe('balance transactions', () => {
  const cases: Array<[string, Partial<Stripe.PaymentIntentCreateParams>, number, boolean]> = [
    ['eur card payment', {}, 2500, false],
    ['jpy (zero-decimal)', { currency: 'jpy', amount: 1200 }, 1200, false],
    ['kwd (three-decimal)', { currency: 'kwd', amount: 1230 }, 1230, false],
    ['pm_card_bypassPending', { payment_method: 'pm_card_bypassPending' }, 2500, true],
    ['pm_card_bypassPendingInternational', { payment_method: 'pm_card_bypassPendingInternational' }, 2500, true],
  ];
  for (const [label, params, amount, bypass] of cases) {
    it(`${label}: amount, fee, net, currency, available_on, expandable from the PaymentIntent`, async () => {
      const pi = await pay(params);
      const charge = pi.latest_charge as Stripe.Charge;
      const bt = charge.balance_transaction as Stripe.BalanceTransaction;
      assert.equal(bt.object, 'balance_transaction');
      assert.equal(bt.type, 'charge');
      assert.equal(bt.source, charge.id);
      assert.equal(bt.amount, amount);
      assert.equal(bt.fee, 0);
      assert.deepEqual(bt.fee_details, []);
      assert.equal(bt.net, amount);
      assert.equal(bt.currency, pi.currency);
      assert.equal(bt.available_on, bypass ? bt.created : bt.created + TWO_DAYS);
      assert.equal(bt.status, bypass ? 'available' : 'pending');
      const { lastResponse: _, ...again } = await stripe.balanceTransactions.retrieve(bt.id);
      assert.deepEqual(again, bt);
      const viaCharge = await stripe.charges.retrieve(charge.id, { expand: ['balance_transaction'] });
      assert.equal((viaCharge.balance_transaction as Stripe.BalanceTransaction).id, bt.id);
    });
  }

  it('funds become available when the sandbox clock passes available_on', async () => {
    const own = newAccount();
    const client = stripeFor(sandbox, own.secret);
    const pi = await client.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      allowed_payment_method_types: ['card'],
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const charge = await client.charges.retrieve(pi.latest_charge as string);
    const id = charge.balance_transaction as string;
    assert.equal((await client.balanceTransactions.retrieve(id)).status, 'pending');
    await control(sandbox, own.secret, 'POST', '/clock/advance', { seconds: TWO_DAYS });
    assert.equal((await client.balanceTransactions.retrieve(id)).status, 'available');
  });

  it('charge.updated announces the balance transaction after charge.succeeded', async () => {
    const pi = await pay({});
    const charge = pi.latest_charge as Stripe.Charge;
    const events = (await stripe.events.list({ type: 'charge.*', limit: 10 })).data.filter(
      (e) => (e.data.object as Stripe.Charge).id === charge.id,
    );
    assert.deepEqual(
      events.map((e) => e.type),
      ['charge.updated', 'charge.succeeded'],
    );
    const [updated, succeeded] = events as [Stripe.ChargeUpdatedEvent, Stripe.ChargeSucceededEvent];
    assert.equal(succeeded.data.object.balance_transaction, null);
    assert.equal(updated.data.object.balance_transaction, (charge.balance_transaction as Stripe.BalanceTransaction).id);
    assert.deepEqual(updated.data.previous_attributes, { balance_transaction: null });
  });

  it('manual capture: no balance transaction until the capture, then the captured amount', async () => {
    const held = await pay({ capture_method: 'manual' });
    assert.equal((held.latest_charge as Stripe.Charge).balance_transaction, null);
    await stripe.paymentIntents.capture(held.id, { amount_to_capture: 2000 });
    const captured = await stripe.paymentIntents.retrieve(held.id, { expand: ['latest_charge.balance_transaction'] });
    const bt = (captured.latest_charge as Stripe.Charge).balance_transaction as Stripe.BalanceTransaction;
    assert.equal(bt.amount, 2000);
  });

  it('a refund has its own balance transaction: negative, available at once, expandable', async () => {
    const pi = await pay({});
    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 700, expand: ['balance_transaction'] });
    const bt = refund.balance_transaction as Stripe.BalanceTransaction;
    assert.equal(bt.type, 'refund');
    assert.equal(bt.amount, -700);
    assert.equal(bt.net, -700);
    assert.equal(bt.source, refund.id);
    assert.equal(bt.status, 'available');
    const list = await stripe.balanceTransactions.list({ type: 'refund' });
    assert.ok(list.data.some((t) => t.id === bt.id));
  });

  it('a declined charge has none', async () => {
    const pi = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      allowed_payment_method_types: ['card'],
    });
    await stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_chargeDeclined' }).catch(() => undefined);
    const charge = (await stripe.charges.list({ payment_intent: pi.id })).data[0] as Stripe.Charge;
    assert.equal(charge.status, 'failed');
    assert.equal(charge.balance_transaction, null);
  });
});
