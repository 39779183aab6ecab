import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type ReceivedWebhook = {
  path: string;
  id: string;
  type: string;
  /** The `webhook-timestamp` header and the raw body, as sent. */
  timestamp: string;
  payload: string;
  body: { id: string; type: string; data: { object: Record<string, unknown> } };
};

/** Decides the answer to one verified request; may hold it open by never calling `respond`. */
export type Responder = (received: ReceivedWebhook, res: ServerResponse) => void;

/**
 * A merchant's webhook receiver for tests (node:http on `port`, a free one by default). Each path is one endpoint with its
 * own secret; every request is verified with the Standard Webhooks library, and only verified ones are
 * recorded. Unverifiable requests get 400 and land in `rejected`.
 */
export async function startWebhookReceiver({ port = 0 }: { port?: number } = {}) {
  const secrets = new Map<string, string>();
  const responders = new Map<string, Responder>();
  const received: ReceivedWebhook[] = [];
  const rejected: { path: string; reason: string }[] = [];
  const waiters = new Set<() => void>();

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const payload = Buffer.concat(chunks).toString('utf8');
    const path = req.url ?? '/';
    try {
      const secret = secrets.get(path);
      if (!secret) throw new Error(`no secret for ${path}`);
      const body = new Webhook(secret).verify(
        payload,
        req.headers as Record<string, string>,
      ) as ReceivedWebhook['body'];
      const entry = {
        path,
        id: String(req.headers['webhook-id']),
        type: body.type,
        timestamp: String(req.headers['webhook-timestamp']),
        payload,
        body,
      };
      received.push(entry);
      for (const wake of waiters) wake();
      (responders.get(path) ?? ((_, r) => r.end('ok')))(entry, res);
    } catch (error) {
      rejected.push({ path, reason: error instanceof Error ? error.message : String(error) });
      res.statusCode = 400;
      res.end('bad signature');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    received,
    rejected,
    url: (path: string) => `${base}${path}`,
    /** Registers the secret (and optionally the responder) of the endpoint at `path`. */
    route(path: string, secret: string, responder?: Responder) {
      secrets.set(path, secret);
      if (responder) responders.set(path, responder);
      else responders.delete(path);
    },
    on: (path: string) => received.filter((entry) => entry.path === path),
    /** Resolves once `predicate` holds for what was received, or rejects after `timeoutMs`. */
    async waitFor(predicate: (all: ReceivedWebhook[]) => boolean, timeoutMs = 10_000): Promise<void> {
      if (predicate(received)) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `receiver: condition not met within ${timeoutMs} ms (got ${received.map((r) => r.type).join(', ') || 'nothing'})`,
            ),
          );
        }, timeoutMs);
        const check = () => {
          if (!predicate(received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
