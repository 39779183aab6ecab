// Measures how the app answers /api/health while 40 sign-ins (wrong passwords, 40 client addresses)
// run at once against a running Tillpoint: `E2E_APP_PORT=4400 npx tsx bench/sign-in-load.ts <email>`.
import { postSignIn, requestFrom } from '../e2e/support/loopback-client';

const email = process.argv[2] ?? 'demo@tillpoint.test';
const attempts = Number(process.argv[3] ?? 40);

async function healthMs(): Promise<number> {
  const started = performance.now();
  await requestFrom('127.0.0.1', '/api/health');
  return performance.now() - started;
}

const idle = [];
for (let i = 0; i < 10; i++) idle.push(await healthMs());
const during: number[] = [];
let running = true;
const poller = (async () => {
  while (running) {
    during.push(await healthMs());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
})();
const started = performance.now();
const replies = await Promise.all(Array.from({ length: attempts }, (_, i) => postSignIn(`127.0.1.${i + 1}`, email, `wrong password ${i}`)));
const total = performance.now() - started;
running = false;
await poller;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  JSON.stringify({
    attempts,
    statuses: [...new Set(replies.map((reply) => reply.status))],
    refused: replies.filter((reply) => reply.text.includes('do not match an account')).length,
    signInsTotalMs: Math.round(total),
    healthIdleMedianMs: Math.round(median(idle)),
    healthDuringMedianMs: Math.round(median(during)),
    healthDuringMaxMs: Math.round(Math.max(...during)),
    healthSamples: during.length,
  }),
);
