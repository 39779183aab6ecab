import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appEnvSchema, baseEnvSchema } from './env-schema';
import { ConfigError, parseEnv } from './parse-env';

const complete = {
  DATABASE_URL: 'postgresql://u:p@localhost:5432/db',
  TILLPOINT_PUBLIC_URL: 'http://localhost:3000/',
  STRIPE_SECRET_KEY: 'sk_test_abc',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_abc',
  STRIPE_WEBHOOK_SECRET: 'whsec_abc',
  TILLPOINT_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

test('defaults apply and empty strings count as unset', () => {
  const env = parseEnv(baseEnvSchema, { PORT: '', DATABASE_URL: '' });
  assert.equal(env.PORT, 3000);
  assert.equal(env.DATABASE_URL, undefined);
  assert.equal(env.TILLPOINT_DATA_DIR, '.data');
});

test('the app settings parse, with the public URL normalised', () => {
  const env = parseEnv(appEnvSchema, complete);
  assert.equal(env.TILLPOINT_PUBLIC_URL, 'http://localhost:3000');
});

test('a missing required setting is one line naming it', () => {
  const { STRIPE_WEBHOOK_SECRET: _omitted, ...rest } = complete;
  assert.throws(
    () => parseEnv(appEnvSchema, rest),
    (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(
        error.message,
        'Configuration error: STRIPE_WEBHOOK_SECRET is required but not set (see .env.example)',
      );
      return true;
    },
  );
});

test('a malformed DATABASE_URL names the setting and never echoes secret values', () => {
  assert.throws(
    () => parseEnv(baseEnvSchema, { DATABASE_URL: 'mysql://root:hunter2@db/x' }),
    (error: Error) => {
      assert.match(error.message, /^Configuration error: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
      assert.doesNotMatch(error.message, /hunter2/);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    },
  );
  assert.throws(
    () => parseEnv(appEnvSchema, { ...complete, STRIPE_SECRET_KEY: 'sk_nope_secretvalue' }),
    /STRIPE_SECRET_KEY must look like sk_test_/,
  );
});

test('ports must be whole numbers in range', () => {
  assert.throws(() => parseEnv(baseEnvSchema, { PORT: '70000' }), /Configuration error: PORT/);
  assert.throws(() => parseEnv(baseEnvSchema, { SANDBOX_PORT: 'abc' }), /Configuration error: SANDBOX_PORT/);
});

test('the encryption key is required by the app and must be 32 bytes of base64; retry schedules parse', () => {
  const { TILLPOINT_ENCRYPTION_KEY: _omitted, ...rest } = complete;
  assert.throws(
    () => parseEnv(appEnvSchema, rest),
    /Configuration error: TILLPOINT_ENCRYPTION_KEY is required but not set/,
  );
  assert.throws(
    () => parseEnv(appEnvSchema, { ...complete, TILLPOINT_ENCRYPTION_KEY: 'c2hvcnQ=' }),
    /TILLPOINT_ENCRYPTION_KEY must be 32 bytes/,
  );
  assert.deepEqual(
    parseEnv(appEnvSchema, { ...complete, WEBHOOK_RETRY_SCHEDULE: '1,2.5,60' }).WEBHOOK_RETRY_SCHEDULE,
    [1, 2.5, 60],
  );
  assert.throws(
    () => parseEnv(appEnvSchema, { ...complete, WEBHOOK_RETRY_SCHEDULE: '1,,2' }),
    /WEBHOOK_RETRY_SCHEDULE must be a comma-separated/,
  );
});

test('TRUSTED_PROXIES takes CIDRs, addresses and range names, and refuses anything else at boot', () => {
  assert.equal(
    parseEnv(appEnvSchema, { ...complete, TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7,fd00::/8,loopback' }).TRUSTED_PROXIES,
    '10.0.0.0/8, 192.0.2.7,fd00::/8,loopback',
  );
  assert.throws(
    () => parseEnv(appEnvSchema, { ...complete, TRUSTED_PROXIES: 'proxy.internal' }),
    (error) => error instanceof ConfigError && /TRUSTED_PROXIES/.test(error.message),
  );
  assert.throws(() => parseEnv(appEnvSchema, { ...complete, TRUSTED_PROXIES: '10.0.0.0/40' }), ConfigError);
});
