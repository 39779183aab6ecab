// The merchant's webhook endpoints: one HTTP server, one path per endpoint, verifying each delivery's
// Standard Webhooks signature and noting, per endpoint, every event id in the order it first arrived, and when.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

export type ReceivedEndpoint = {
  secret: string | null;
  firstArrivals: string[];
  seen: Map<string, number>;
  deliveries: number;
  badSignatures: number;
};

export type MerchantReceiver = {
  url(name: string): string;
  endpoint(name: string): ReceivedEndpoint;
  setSecret(name: string, secret: string): void;
  close(): Promise<void>;
};

export async function startMerchantReceiver(port: number): Promise<MerchantReceiver> {
  const endpoints = new Map<string, ReceivedEndpoint>();
  const endpoint = (name: string) => {
    let found = endpoints.get(name);
    if (!found)
      endpoints.set(
        name,
        (found = { secret: null, firstArrivals: [], seen: new Map(), deliveries: 0, badSignatures: 0 }),
      );
    return found;
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = endpoint((req.url ?? '/').slice(1));
      const payload = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
      try {
        if (!target.secret) throw new Error('no secret yet');
        new Webhook(target.secret).verify(payload, headers);
      } catch {
        target.badSignatures++;
        res.writeHead(400).end();
        return;
      }
      target.deliveries++;
      const id = headers['webhook-id'] ?? '';
      if (!target.seen.has(id)) {
        target.seen.set(id, Date.now());
        target.firstArrivals.push(id);
      }
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: (name) => `http://localhost:${port}/${name}`,
    endpoint,
    setSecret: (name, secret) => void (endpoint(name).secret = secret),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
