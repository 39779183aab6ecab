import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The key that encrypts webhook signing secrets at rest, for a local run: TILLPOINT_ENCRYPTION_KEY when
 * set (production), otherwise `<dataDir>/encryption.key`, generated once with mode 0600. Losing the file
 * makes stored signing secrets unreadable, so it lives beside the database it protects.
 */
export function ensureEncryptionKey(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'encryption.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
