import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PASSWORD_FILE } from './database-password';
import { embeddedUrl } from './embedded-url';

/** The URL of the embedded server a launcher runs for `dataDir` (from its record and password files), for tests and benchmarks. */
export function runningEmbeddedUrl(dataDir: string): string {
  const { port } = JSON.parse(readFileSync(path.join(dataDir, 'pglite-server.json'), 'utf8')) as { port: number };
  return embeddedUrl(port, readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim());
}
