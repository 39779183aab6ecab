import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerMessage, threeDSecureFailure } from './failure-messages';

test('decline codes become sentences a customer understands', () => {
  assert.match(customerMessage('card_declined', 'generic_decline'), /^Your card was declined\./);
  assert.match(customerMessage('card_declined', 'insufficient_funds'), /^Your card has insufficient funds\./);
  assert.match(customerMessage('expired_card'), /^Your card has expired\./);
  assert.match(customerMessage('incorrect_cvc'), /^Your card's security code is incorrect\./);
  assert.match(customerMessage('processing_error'), /^An error occurred while processing your card\./);
});

test('lost, stolen and fraudulent declines do not say why', () => {
  for (const reason of ['lost_card', 'stolen_card', 'fraudulent']) {
    assert.equal(customerMessage('card_declined', reason), customerMessage('card_declined', 'generic_decline'));
  }
});

test('unknown codes still give a sentence', () => {
  assert.equal(customerMessage('something_new'), 'Your payment could not be completed. Try another card.');
  assert.equal(customerMessage(null), 'Your payment could not be completed. Try another card.');
});

test('3DS failures are normalised', () => {
  assert.equal(threeDSecureFailure('payment_intent_authentication_failure', true), 'three_d_secure_failed');
  assert.equal(threeDSecureFailure('processing_error', true), 'three_d_secure_error');
  assert.equal(threeDSecureFailure('processing_error', false), null);
  assert.equal(threeDSecureFailure('card_declined', true), null);
  assert.equal(threeDSecureFailure('payment_intent_payment_attempt_expired', true), 'three_d_secure_timeout');
});
