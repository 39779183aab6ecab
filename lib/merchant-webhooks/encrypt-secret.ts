import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { encryptionKey } from '@/lib/env/env-schema';
import { parseEnv } from '@/lib/env/parse-env';

const VERSION = 'v1';

function key(): Buffer {
  const { TILLPOINT_ENCRYPTION_KEY } = parseEnv(z.object({ TILLPOINT_ENCRYPTION_KEY: encryptionKey }), process.env);
  return Buffer.from(TILLPOINT_ENCRYPTION_KEY, 'base64');
}

/** Encrypts a secret for storage with AES-256-GCM under TILLPOINT_ENCRYPTION_KEY: `v1:<iv>:<tag>:<ciphertext>`. */
export function encryptSecret(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
    .join(':');
}

/** Decrypts what `encryptSecret` stored; throws when the key is wrong or the value was tampered with. */
export function decryptSecret(stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split(':');
  if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('Unreadable encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
}
