import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const PASSWORD_FILE = 'pglite-password';

/** The embedded server's password, generated once into `<dataDir>/pglite-password` (mode 0600). */
export async function ensureDatabasePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, PASSWORD_FILE);
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing?.trim()) return existing.trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: existing === null ? 'wx' : 'w' });
  return password;
}
