import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets } from './find-secrets';

test('keys, webhook secrets, client secrets and card numbers are found, masked', () => {
  const log = [
    '{"msg":"request","path":"/api/v1/payments"}',
    'Authorization: Bearer sk_test_abcDEF1234567890',
    'secret whsec_abcdefghijklmnop',
    '{"client_secret":"pi_3Abc123_secret_XyZ789"}',
    'card 4242 4242 4242 4242 and 4000-0027-6000-3184 and 4000000000000002',
    'GET http://localhost:3000/recover/ymzodny7vE28cyxJT7R4uxp4Yo6GUrtopY4BRt99iw4',
  ].join('\n');
  const findings = findSecrets(log);
  assert.deepEqual(
    findings.map((f) => [f.line, f.kind]),
    [
      [2, 'secret key'],
      [3, 'webhook secret'],
      [4, 'client secret'],
      [5, 'card number'],
      [5, 'card number'],
      [5, 'card number'],
      [6, 'recovery token'],
    ],
  );
  assert.ok(findings.every((f) => !f.excerpt.includes('4242 4242') && f.excerpt.length < 12));
});

test('ids, timestamps, amounts and numbers failing the Luhn check are not card numbers', () => {
  const log = [
    '{"time":"2026-12-05T13:20:00.000Z","paymentId":"pay_1234567890abcdef","amount":4200}',
    'sequence 1733404800123 and 4242424242424241 and version 1.2.3456789012345',
    'pk_test_publishable_is_public',
    '{"requestId":"req_8974790872988fd5","eventId":"evt_4242424242424242"}',
  ].join('\n');
  assert.deepEqual(findSecrets(log), []);
});
