import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { authenticateStartup } from './authenticate-startup';
import { embeddedUrl } from './embedded-url';
import { SessionQueue } from './session-queue';

export type EmbeddedServer = { url: string; port: number; db: PGlite; close(): Promise<void> };

type HandlerQueue = ConstructorParameters<typeof PGLiteSocketHandler>[0]['queryQueue'];

/**
 * Opens the PGlite database in `dataDir` (in memory when null) and serves it over the PostgreSQL wire
 * protocol on 127.0.0.1, so the ordinary `pg` driver and Prisma's adapter-pg use it like a server.
 * Every connection must give `password` (a random one when not given) before PGlite sees a byte.
 */
export async function servePglite(
  dataDir: string | null,
  port = 0,
  password = randomBytes(24).toString('base64url'),
): Promise<EmbeddedServer> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const queue = new SessionQueue(db) as unknown as HandlerQueue;
  const handlers = new Set<PGLiteSocketHandler>();

  const server: Server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    void authenticateStartup(socket, password).then((replay) => {
      if (!replay) return;
      const handler = new PGLiteSocketHandler({ queryQueue: queue, closeOnDetach: true });
      handlers.add(handler);
      const forget = () => handlers.delete(handler);
      handler.addEventListener('close', forget);
      handler.addEventListener('error', forget);
      socket.unshift(replay);
      handler.attach(socket).then(
        () => socket.resume(),
        () => socket.destroy(),
      );
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;

  return {
    url: embeddedUrl(boundPort, password),
    port: boundPort,
    db,
    async close() {
      for (const handler of handlers) await handler.detach(true);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
