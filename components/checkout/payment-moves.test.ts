import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextMove } from './payment-moves';

const pay = 'pay_000000000000000000000001';

test('3-D Secure in the modal is the same in both modes', () => {
  const step = { kind: 'requires_action', paymentId: pay, clientSecret: 'pi_1_secret_x' } as const;
  const expected = { kind: 'three_d_secure_modal', paymentId: pay, clientSecret: 'pi_1_secret_x' };
  assert.deepEqual(nextMove(step, 'hosted'), expected);
  assert.deepEqual(nextMove(step, 'embed'), expected);
});

test('a 3-D Secure redirect leaves the hosted page but stays in the embed frame', () => {
  const step = { kind: 'redirect', paymentId: pay, url: 'https://bank.test/3ds' } as const;
  assert.deepEqual(nextMove(step, 'hosted'), { kind: 'navigate', url: 'https://bank.test/3ds', redirecting: true });
  assert.deepEqual(nextMove(step, 'embed'), {
    kind: 'three_d_secure_in_frame',
    paymentId: pay,
    url: 'https://bank.test/3ds',
  });
});

test('an accepted payment is awaited on /return (hosted) or in the frame (embed)', () => {
  const step = { kind: 'processing', paymentId: pay, returnUrl: `/return?payment=${pay}` } as const;
  assert.deepEqual(nextMove(step, 'hosted'), { kind: 'navigate', url: `/return?payment=${pay}`, redirecting: true });
  assert.deepEqual(nextMove(step, 'embed'), { kind: 'wait_in_frame', paymentId: pay });
});

test('an unavailable checkout with a payment goes to its status: the return page, or a reload of the frame', () => {
  const step = {
    kind: 'unavailable',
    reason: 'complete',
    message: 'Paid',
    returnUrl: `/return?payment=${pay}`,
  } as const;
  assert.deepEqual(nextMove(step, 'hosted'), { kind: 'navigate', url: `/return?payment=${pay}`, redirecting: false });
  assert.deepEqual(nextMove(step, 'embed'), { kind: 'reload' });
});

test('an unavailable checkout without a payment fails, reloading unless it is only busy', () => {
  for (const mode of ['hosted', 'embed'] as const) {
    assert.deepEqual(nextMove({ kind: 'unavailable', reason: 'expired', message: 'Expired' }, mode), {
      kind: 'fail',
      code: 'expired',
      message: 'Expired',
      reload: true,
    });
    assert.deepEqual(nextMove({ kind: 'unavailable', reason: 'busy', message: 'Busy' }, mode), {
      kind: 'fail',
      code: 'busy',
      message: 'Busy',
      reload: false,
    });
  }
});

test("a failed step fails with its code, message and what rewords it in the customer's language, in both modes", () => {
  const step = {
    kind: 'failed',
    paymentId: pay,
    code: 'card_declined',
    message: 'Declined',
    declineCode: 'insufficient_funds',
    retryAfterSeconds: 30,
    fieldErrors: { phone: 'invalid' },
  } as const;
  for (const mode of ['hosted', 'embed'] as const) {
    assert.deepEqual(nextMove(step, mode), {
      kind: 'fail',
      code: 'card_declined',
      message: 'Declined',
      reload: false,
      declineCode: 'insufficient_funds',
      retryAfterSeconds: 30,
      fieldErrors: { phone: 'invalid' },
    });
  }
});
