import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PaymentStatus } from './payment-state';
import {
  awaitsCustomer,
  holdsLinkPlace,
  holdsMoney,
  isFinal,
  isInFlight,
  isReusable,
  isSettling,
} from './payment-state';
import { paymentOutcome } from './payment-status-view';

const ALL: PaymentStatus[] = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
  'succeeded',
  'canceled',
];
const matching = (predicate: (status: string) => boolean) => ALL.filter((status) => predicate(status));

test('each named predicate holds for exactly its statuses', () => {
  assert.deepEqual(matching(isFinal), ['succeeded', 'canceled']);
  assert.deepEqual(matching(awaitsCustomer), ['requires_confirmation', 'requires_action']);
  assert.deepEqual(matching(isSettling), ['processing', 'requires_capture']);
  assert.deepEqual(matching(isInFlight), [
    'requires_confirmation',
    'requires_action',
    'processing',
    'requires_capture',
  ]);
  assert.deepEqual(matching(holdsLinkPlace), matching(isInFlight));
  assert.deepEqual(matching(isReusable), ['requires_payment_method', 'requires_confirmation', 'requires_action']);
  assert.deepEqual(matching(holdsMoney), ['processing', 'requires_capture', 'succeeded']);
});

test('a waiting page says failed only for an unpaid payment with a reason and no attempt still in flight', () => {
  assert.equal(paymentOutcome('requires_payment_method', false, 'Your card was declined.'), 'failed');
  assert.equal(paymentOutcome('requires_payment_method', true, 'Your card was declined.'), 'pending');
  assert.equal(paymentOutcome('requires_payment_method', false, null), 'unpaid');
  assert.equal(paymentOutcome('processing', false, null), 'pending');
  assert.equal(paymentOutcome('requires_capture', false, null), 'authorized');
  assert.equal(paymentOutcome('requires_action', true, null), 'requires_action');
  assert.equal(paymentOutcome('succeeded', false, null), 'succeeded');
  assert.equal(paymentOutcome('canceled', false, 'Expired'), 'canceled');
});
