// A pass-through between Tillpoint and the sandbox's API that counts Tillpoint's Stripe calls and, for a
// random share of them, arms one fault through the sandbox's own control API just before forwarding the
// call (count 1, that call's method and path): a 5xx before the work, a 5xx after it, or a hang past the
// app's Stripe timeout. Arming per call keeps the share exact however fast the app calls Stripe.
import http from 'node:http';

export type FaultKind = 'fail_before' | 'fail_after' | 'hang';
export type ArmedFault = { at: number; kind: FaultKind; method: string; path: string };

export type StripeFaultProxy = {
  /** Tillpoint's Stripe calls while faults were on. */
  calls: number;
  faults: ArmedFault[];
  enabled: boolean;
  close(): Promise<void>;
};

export async function startStripeFaultProxy(options: {
  port: number;
  sandboxPort: number;
  secretKey: string;
  rate: number;
  hangMs: number;
}): Promise<StripeFaultProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const state: StripeFaultProxy = { calls: 0, faults: [], enabled: false, close: async () => {} };

  const arm = async (kind: FaultKind, method: string, path: string) => {
    const body =
      kind === 'hang'
        ? new URLSearchParams({ ms: String(options.hangMs), count: '1', method, path })
        : new URLSearchParams({
            count: '1',
            status: String([500, 502, 503][Math.floor(Math.random() * 3)]),
            when: kind === 'fail_before' ? 'before' : 'after',
            method,
            path,
          });
    const response = await fetch(
      `http://127.0.0.1:${options.sandboxPort}/_sandbox/faults/${kind === 'hang' ? 'hang' : 'fail'}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.secretKey}` },
        body,
      },
    );
    if (!response.ok) throw new Error(`arming a fault answered ${response.status}: ${await response.text()}`);
    state.faults.push({ at: Date.now(), kind, method, path });
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const method = req.method ?? 'GET';
      if (path.startsWith('/v1/') && state.enabled) {
        state.calls++;
        if (Math.random() < options.rate) {
          const kinds: FaultKind[] = ['fail_before', 'fail_after', 'hang'];
          await arm(kinds[Math.floor(Math.random() * kinds.length)]!, method, path).catch((error: Error) =>
            process.stderr.write(`[chaos] ${error.message}\n`),
          );
        }
      }
      const body = Buffer.concat(chunks);
      const forward = http.request(
        {
          host: '127.0.0.1',
          port: options.sandboxPort,
          path: req.url,
          method,
          headers: { ...req.headers, host: `127.0.0.1:${options.sandboxPort}` },
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
      res.on('close', () => {
        if (!res.writableFinished) forward.destroy();
      });
      forward.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  state.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    agent.destroy();
  };
  return state;
}
