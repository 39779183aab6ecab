import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ensureEncryptionKey } from './ensure-encryption-key';

test('a configured key wins; otherwise one is generated once into the data folder with mode 0600', () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'tillpoint-key-')), 'data');
  assert.equal(ensureEncryptionKey('configured', dir), 'configured');
  const key = ensureEncryptionKey(undefined, dir);
  assert.equal(Buffer.from(key, 'base64').length, 32);
  assert.equal(statSync(path.join(dir, 'encryption.key')).mode & 0o777, 0o600);
  assert.equal(ensureEncryptionKey(undefined, dir), key, 'the same key on the next start');
  assert.equal(readFileSync(path.join(dir, 'encryption.key'), 'utf8').trim(), key);
});
