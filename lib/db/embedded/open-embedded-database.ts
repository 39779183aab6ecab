import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isListening } from '@/lib/net/is-listening';
import { ensureDatabasePassword } from './database-password';
import { restrictDataDir } from './restrict-data-dir';
import { embeddedUrl } from './embedded-url';
import { servePglite } from './serve-pglite';

export type EmbeddedDatabase = { url: string; port: number; owned: boolean; close(): Promise<void> };

type ServerRecord = { pid: number; port: number };

/**
 * Gives a connection URL for the embedded PGlite database persisted in `dataDir`. When another
 * Tillpoint process (usually `npm start`) already serves it, that server is reused, since PGlite's
 * files must only ever be opened by one process; otherwise this process opens and serves them.
 * The folder is kept private (0700/0600) and the server asks for the password stored in it.
 */
export async function openEmbeddedDatabase(dataDir: string, preferredPort: number): Promise<EmbeddedDatabase> {
  const files = path.join(dataDir, 'pglite');
  await restrictDataDir(dataDir, files);
  const password = await ensureDatabasePassword(dataDir);
  const recordPath = path.join(dataDir, 'pglite-server.json');
  const running = await readRecord(recordPath);
  if (running && running.pid !== process.pid && isAlive(running.pid) && (await isListening(running.port))) {
    return { url: embeddedUrl(running.port, password), port: running.port, owned: false, close: async () => {} };
  }

  const server = await servePglite(files, preferredPort, password).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return servePglite(files, 0, password);
  });
  await restrictDataDir(dataDir, files); // again: PGlite has just created its files 0666
  await writeFile(recordPath, JSON.stringify({ pid: process.pid, port: server.port } satisfies ServerRecord), {
    mode: 0o600,
  });
  return {
    url: server.url,
    port: server.port,
    owned: true,
    async close() {
      await server.close();
      await rm(recordPath, { force: true });
      await restrictDataDir(dataDir, files);
    },
  };
}

async function readRecord(recordPath: string): Promise<ServerRecord | null> {
  if (!existsSync(recordPath)) return null;
  try {
    const record = JSON.parse(await readFile(recordPath, 'utf8')) as Partial<ServerRecord>;
    return typeof record.pid === 'number' && typeof record.port === 'number' ? (record as ServerRecord) : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
