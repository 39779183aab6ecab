import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { retryDelayMs } from './delivery-policy';
import { decryptSecret, encryptSecret } from './encrypt-secret';
import { newSigningSecret } from './new-signing-secret';
import { signPayload } from './sign-payload';

process.env.TILLPOINT_ENCRYPTION_KEY = randomBytes(32).toString('base64');

test('signing secrets are whsec_ + base64 and round-trip through AES-256-GCM without appearing in the stored value', () => {
  const secret = newSigningSecret();
  assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
  const stored = encryptSecret(secret);
  assert.ok(!stored.includes(secret.slice(6)));
  assert.notEqual(encryptSecret(secret), stored, 'a fresh IV every time');
  assert.equal(decryptSecret(stored), secret);
});

test('a tampered value or another key does not decrypt', () => {
  const stored = encryptSecret(newSigningSecret());
  const [version, iv, tag, data] = stored.split(':');
  const flipped = Buffer.from(data!, 'base64');
  flipped[0]! ^= 1;
  assert.throws(() => decryptSecret([version, iv, tag, flipped.toString('base64')].join(':')));
  const original = process.env.TILLPOINT_ENCRYPTION_KEY;
  process.env.TILLPOINT_ENCRYPTION_KEY = randomBytes(32).toString('base64');
  try {
    assert.throws(() => decryptSecret(stored));
  } finally {
    process.env.TILLPOINT_ENCRYPTION_KEY = original;
  }
});

test('a missing key is the usual one-line configuration error', () => {
  const original = process.env.TILLPOINT_ENCRYPTION_KEY;
  delete process.env.TILLPOINT_ENCRYPTION_KEY;
  try {
    assert.throws(
      () => encryptSecret('x'),
      /^ConfigError: Configuration error: TILLPOINT_ENCRYPTION_KEY is required but not set/,
    );
  } finally {
    process.env.TILLPOINT_ENCRYPTION_KEY = original;
  }
});

test('signed payloads verify with the Standard Webhooks library, and not with another secret', () => {
  const secret = newSigningSecret();
  const payload = JSON.stringify({ id: 'evt_1', type: 'payment.succeeded' });
  const headers = signPayload(secret, 'evt_1', payload);
  assert.deepEqual(new Webhook(secret).verify(payload, headers), JSON.parse(payload));
  assert.throws(() => new Webhook(newSigningSecret()).verify(payload, headers));
});

test('retry delays follow the schedule with ±20 % jitter, then give up', () => {
  const schedule = [5, 300];
  assert.equal(
    retryDelayMs(1, schedule, () => 0),
    4000,
  );
  assert.equal(
    retryDelayMs(1, schedule, () => 1),
    6000,
  );
  assert.equal(
    retryDelayMs(2, schedule, () => 0.5),
    300_000,
  );
  assert.equal(retryDelayMs(3, schedule), null);
});
