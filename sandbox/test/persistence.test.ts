import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { newAccount, rejection, startReceiver, startTestSandbox, stripeFor } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('SANDBOX_STATE_FILE persistence', () => {
  it('saves (debounced, atomically) and reloads objects, idempotency keys, 3DS tokens and the clock', async () => {
    const stateFile = join(dir, 'state.json');
    const keys = newAccount();
    const first = await startTestSandbox({ stateFile, persistDebounceMs: 20 });
    let stripe = stripeFor(first, keys.secret);
    const paid = await stripe.paymentIntents.create(
      {
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
      },
      { idempotencyKey: 'persist-1' },
    );
    const waiting = await stripe.paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 2000,
      currency: 'usd',
      payment_method: 'pm_card_threeDSecureRequired',
      confirm: true,
    });
    for (let i = 0; i < 100 && !existsSync(stateFile); i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(existsSync(stateFile), 'written after the debounce');
    assert.equal(readFileSync(stateFile, 'utf8').includes('4242424242424242'), false, 'no card numbers on disk');
    await first.close();

    const second = await startTestSandbox({ stateFile });
    stripe = stripeFor(second, keys.secret);
    assert.equal((await stripe.paymentIntents.retrieve(paid.id)).status, 'succeeded');
    const replay = await stripe.paymentIntents.create(
      {
        allowed_payment_method_types: ['card'],
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
      },
      { idempotencyKey: 'persist-1' },
    );
    assert.equal(replay.id, paid.id);
    const token = (waiting.next_action?.use_stripe_sdk as { source: string }).source;
    const res = await fetch(`${second.url}/v1/sandbox_3ds/${token}`, {
      method: 'POST',
      body: 'outcome=complete',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 200);
    assert.equal((await stripe.paymentIntents.retrieve(waiting.id)).status, 'succeeded');
    // Two successes: each charge.succeeded is followed by charge.updated (balance transaction attached).
    assert.equal((await stripe.events.list({ limit: 100 })).data.length, 9);
    await second.close();
    assert.equal(existsSync(`${stateFile}.${process.pid}.tmp`), false, 'temp file renamed away');
  });

  it('re-queues undelivered webhooks on restart', async () => {
    const stateFile = join(dir, 'webhooks.json');
    const keys = newAccount();
    const receiver = await startReceiver((_, i) => (i === 0 ? 500 : 200));
    const first = await startTestSandbox({ stateFile, persistDebounceMs: 10, webhookRetrySchedule: [0.5] });
    await stripeFor(first, keys.secret).webhookEndpoints.create({
      url: receiver.url,
      enabled_events: ['payment_intent.created'],
    });
    await stripeFor(first, keys.secret).paymentIntents.create({
      allowed_payment_method_types: ['card'],
      amount: 1000,
      currency: 'usd',
    });
    await receiver.waitFor(1);
    await first.close();
    const second = await startTestSandbox({ stateFile, webhookRetrySchedule: [0.5] });
    await receiver.waitFor(2);
    assert.equal(receiver.received[0]?.body, receiver.received[1]?.body);
    await second.close();
    await receiver.close();
  });

  it('a state file of another format is refused', async () => {
    const stateFile = join(dir, 'bad.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(stateFile, JSON.stringify({ format: 99 })));
    const error = await rejection<Error>(() => startTestSandbox({ stateFile }));
    assert.match(error.message, /unsupported sandbox state format/);
  });
});
