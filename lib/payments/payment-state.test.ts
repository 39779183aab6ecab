import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextStatus, type PaymentSource } from './payment-state';

const webhook: PaymentSource = { kind: 'webhook', eventId: 'evt_1', eventType: 'payment_intent.succeeded' };
const action: PaymentSource = { kind: 'action', name: 'start-payment' };
const reconciler: PaymentSource = { kind: 'reconciler' };

test('final statuses never change, whatever arrives later', () => {
  for (const observed of ['requires_action', 'requires_payment_method', 'processing', 'canceled'] as const) {
    assert.equal(nextStatus('succeeded', observed, webhook), 'succeeded');
  }
  assert.equal(nextStatus('canceled', 'succeeded', webhook), 'canceled');
});

test('only a webhook or the reconciler can declare success; an action sees processing', () => {
  assert.equal(nextStatus('requires_action', 'succeeded', action), 'processing');
  assert.equal(nextStatus('requires_payment_method', 'succeeded', { kind: 'expiry' }), 'processing');
  assert.equal(nextStatus('processing', 'succeeded', webhook), 'succeeded');
  assert.equal(nextStatus('requires_action', 'succeeded', reconciler), 'succeeded');
});

test('a stale observation does not move a processing payment back to waiting for the customer', () => {
  assert.equal(nextStatus('processing', 'requires_action', webhook), 'processing');
  assert.equal(nextStatus('processing', 'requires_confirmation', action), 'processing');
  assert.equal(nextStatus('processing', 'requires_payment_method', webhook), 'requires_payment_method');
});

test('a failed attempt returns the payment for another card, and a retry can go to 3DS again', () => {
  assert.equal(nextStatus('requires_action', 'requires_payment_method', action), 'requires_payment_method');
  assert.equal(nextStatus('requires_payment_method', 'requires_action', action), 'requires_action');
  assert.equal(nextStatus('requires_action', 'requires_confirmation', action), 'requires_confirmation');
});

test('an authorised payment only moves on to captured or canceled', () => {
  assert.equal(nextStatus('requires_capture', 'requires_action', webhook), 'requires_capture');
  assert.equal(nextStatus('requires_capture', 'succeeded', webhook), 'succeeded');
  assert.equal(nextStatus('requires_capture', 'canceled', webhook), 'canceled');
});
