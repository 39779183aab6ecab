// How the app answers /api/health while 40 dashboard sign-ins (wrong passwords, 40 client addresses,
// so no rate limit intervenes) are checked at once: bcrypt must not hold up other requests.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { postSignIn, requestFrom } from '../e2e/support/loopback-client';
import { percentile } from './support/stats';
import { root, startLauncher, stopLauncher, waitHealthy } from './support/launcher';

const PORT = Number(process.env.BENCH_SIGN_IN_PORT ?? 3930);
const SANDBOX_PORT = Number(process.env.BENCH_SIGN_IN_SANDBOX_PORT ?? 12930);
const DATA_DIR = '.data/bench-sign-in';
const ATTEMPTS = 40;
const origin = `http://127.0.0.1:${PORT}`;

async function healthMs(): Promise<number> {
  const started = performance.now();
  await requestFrom('127.0.0.1', '/api/health', { origin });
  return performance.now() - started;
}

rmSync(path.join(root, DATA_DIR), { recursive: true, force: true });
const launcher = startLauncher({
  port: PORT,
  sandboxPort: SANDBOX_PORT,
  dataDir: DATA_DIR,
  env: { DEMO_SITE_PORT: '0' },
});
try {
  await waitHealthy(launcher, PORT);
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push(await healthMs());
  const during: number[] = [];
  let running = true;
  const poller = (async () => {
    while (running) {
      during.push(await healthMs());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const replies = await Promise.all(
    Array.from({ length: ATTEMPTS }, (_, i) =>
      postSignIn(`127.0.5.${i + 1}`, 'nobody@example.com', `wrong password ${i}`, origin),
    ),
  );
  const total = performance.now() - started;
  running = false;
  await poller;
  const checked = replies.filter((reply) => reply.text.includes('do not match an account')).length;
  console.log(
    JSON.stringify({
      title: `Dashboard sign-in: /api/health while ${ATTEMPTS} sign-ins are checked at once`,
      rows: [
        {
          metric: 'sign-ins answered "do not match"',
          value: checked,
          unit: `of ${ATTEMPTS}`,
          target: `${ATTEMPTS}`,
          pass: checked === ATTEMPTS,
        },
        { metric: 'all sign-ins answered after', value: Math.round(total), unit: 'ms' },
        { metric: '/api/health p50, idle', value: Math.round(percentile(idle, 50)), unit: 'ms' },
        {
          metric: '/api/health p50, during the sign-ins',
          value: Math.round(percentile(during, 50)),
          unit: 'ms',
          target: '< 100 ms',
          pass: percentile(during, 50) < 100,
        },
        { metric: '/api/health max, during the sign-ins', value: Math.round(Math.max(...during)), unit: 'ms' },
      ],
    }),
  );
} finally {
  await stopLauncher(launcher);
}
