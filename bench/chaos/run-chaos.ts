// One chaos run on one database: start everything, turn every fault on, drive the checkouts (killing the
// server twice on the way), turn the faults off, wait for the truth to settle, reconcile.
import { merchantApi, sandboxCall } from '@/resilience/support/http-checkout';
import { startChaosStack } from './chaos-stack';
import { CHAOS } from './config';
import { driveCheckout, type Checkout } from './drive-checkout';
import { startMerchantReceiver } from './merchant-receiver';
import { reconcile, type Endpoint, type Reconciliation } from './reconcile';
import { scenarioPlan } from './scenarios';
import { setWebhookFaults } from './webhook-faults';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`[chaos] ${line}\n`);

export type ChaosRun = {
  checkouts: Checkout[];
  scenarios: Record<string, number>;
  stripeCalls: number;
  faults: Record<string, number>;
  webhookAttempts: number;
  webhookDropped: number;
  kills: number[];
  loadSeconds: number;
  /** From the last fault until everything reconciled, or null when it never did within the settle window. */
  settledSeconds: number | null;
  result: Reconciliation;
};

const ENDPOINTS = [
  { name: 'all', events: ['*'] },
  {
    name: 'orders',
    events: ['payment.succeeded', 'payment.refunded', 'checkout.session.completed', 'checkout.session.expired'],
  },
];

const clean = (result: Reconciliation) =>
  result.chargesWithoutPayment.length +
    result.doubleCharges.length +
    result.refundMismatches.length +
    result.notFinal.length ===
    0 &&
  result.deliveriesPending === 0 &&
  Object.values(result.missingEvents).every((missing) => missing.length === 0);

export async function runChaos(kind: 'pglite' | 'postgresql', postgresUrl: string | null): Promise<ChaosRun> {
  const stack = await startChaosStack(kind, postgresUrl);
  const receiver = await startMerchantReceiver(CHAOS.ports.receiver);
  try {
    const endpoints: Endpoint[] = [];
    for (const { name, events } of ENDPOINTS) {
      const { status, body } = await merchantApi<{ id: string; secret: string }>(stack, 'POST', '/webhook_endpoints', {
        url: receiver.url(name),
        enabled_events: events,
      });
      if (status !== 200 && status !== 201)
        throw new Error(`webhook endpoint create answered ${status}: ${JSON.stringify(body)}`);
      receiver.setSecret(name, body.secret);
      endpoints.push({ name, id: body.id, events });
    }

    log(`${kind}: ${CHAOS.checkouts} checkouts, ${CHAOS.concurrency} at a time, every fault on`);
    await setWebhookFaults(stack);
    stack.proxy.enabled = true;
    const plan = scenarioPlan(CHAOS.checkouts);
    const killAt = CHAOS.killsAt.map((share) => Math.floor(share * plan.length));
    const kills: number[] = [];
    const killing: Promise<void>[] = [];
    const checkouts: Checkout[] = [];
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CHAOS.concurrency }, async () => {
        while (next < plan.length) {
          const index = next++;
          if (killAt.includes(index)) {
            killing.push(
              stack.killAndRestart().then(({ downMs }) => {
                kills.push(downMs);
                log(`SIGKILLed the server at checkout ${index}; healthy again after ${downMs} ms`);
              }),
            );
          }
          checkouts.push(await driveCheckout(stack, index, plan[index]!));
          if (checkouts.length % 50 === 0)
            log(`${checkouts.length} checkouts driven (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      }),
    );
    await Promise.all(killing);
    await Promise.all(checkouts.map((checkout) => checkout.followUp));
    const loadSeconds = (Date.now() - started) / 1000;

    stack.proxy.enabled = false;
    await sandboxCall(stack, 'DELETE', '/_sandbox/faults');
    const lastFault = Date.now();
    log(
      `load done in ${loadSeconds.toFixed(0)} s; faults off; waiting up to ${CHAOS.settleMs / 1000} s for the truth to settle`,
    );

    let result = await reconcile(stack, checkouts, receiver, endpoints);
    while (!clean(result) && Date.now() - lastFault < CHAOS.settleMs) {
      await sleep(5000);
      result = await reconcile(stack, checkouts, receiver, endpoints);
    }
    const settledSeconds = clean(result) ? (Date.now() - lastFault) / 1000 : null;
    stack.recorder.stop();
    const attempts = [...stack.recorder.attempts.values()];
    const faults: Record<string, number> = {};
    for (const fault of stack.proxy.faults) faults[fault.kind] = (faults[fault.kind] ?? 0) + 1;
    const scenarios: Record<string, number> = {};
    for (const checkout of checkouts) scenarios[checkout.scenario] = (scenarios[checkout.scenario] ?? 0) + 1;
    return {
      checkouts,
      scenarios,
      stripeCalls: stack.proxy.calls,
      faults,
      webhookAttempts: attempts.length,
      webhookDropped: attempts.filter((attempt) => attempt.error?.includes('dropped')).length,
      kills,
      loadSeconds,
      settledSeconds,
      result,
    };
  } finally {
    await receiver.close();
    await stack.close();
  }
}
