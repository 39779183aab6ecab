// Between the sandbox's webhook sender and the app's /api/stripe/webhook: forwards every delivery byte for
// byte and notes when each event first reached Tillpoint (ms), so time-to-truth splits into the injected
// delivery delay and Tillpoint's own handling. A server that is down answers 502, as a dead host would
// fail the delivery, and the sandbox retries it on its schedule.
import http from 'node:http';

export type WebhookArrivalProxy = {
  /** Event id → when a copy that the app accepted (2xx) first reached it. */
  arrivals: Map<string, number>;
  close(): Promise<void>;
};

export async function startWebhookArrivalProxy(port: number, appPort: number): Promise<WebhookArrivalProxy> {
  const arrivals = new Map<string, number>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const arrived = Date.now();
      const eventId = /"id":\s*"(evt_[^"]+)"/.exec(body.toString('utf8'))?.[1];
      const forward = http.request(
        {
          host: '127.0.0.1',
          port: appPort,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: `127.0.0.1:${appPort}` },
          agent,
        },
        (answer) => {
          const accepted = (answer.statusCode ?? 500) < 300;
          if (eventId && accepted && !arrivals.has(eventId)) arrivals.set(eventId, arrived);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
      forward.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    arrivals,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
