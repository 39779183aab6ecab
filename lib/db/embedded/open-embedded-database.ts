import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isListening } from '@/lib/net/is-listening';
import { servePglite } from './serve-pglite';

export type EmbeddedDatabase = { url: string; port: number; owned: boolean; close(): Promise<void> };

type ServerRecord = { pid: number; port: number };

/**
 * Gives a connection URL for the embedded PGlite database persisted in `dataDir`. When another
 * Tillpoint process (usually `npm start`) already serves it, that server is reused, since PGlite's
 * files must only ever be opened by one process; otherwise this process opens and serves them.
 */
export async function openEmbeddedDatabase(dataDir: string, preferredPort: number): Promise<EmbeddedDatabase> {
  const recordPath = path.join(dataDir, 'pglite-server.json');
  const running = await readRecord(recordPath);
  if (running && running.pid !== process.pid && isAlive(running.pid) && (await isListening(running.port))) {
    return { url: urlFor(running.port), port: running.port, owned: false, close: async () => {} };
  }

  await mkdir(dataDir, { recursive: true });
  const server = await servePglite(path.join(dataDir, 'pglite'), preferredPort).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return servePglite(path.join(dataDir, 'pglite'), 0);
  });
  await writeFile(recordPath, JSON.stringify({ pid: process.pid, port: server.port } satisfies ServerRecord));
  return {
    url: server.url,
    port: server.port,
    owned: true,
    async close() {
      await server.close();
      await rm(recordPath, { force: true });
    },
  };
}

function urlFor(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
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
