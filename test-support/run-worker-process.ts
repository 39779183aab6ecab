// A webhook worker as its own process, for the crash test: the same deliverDueWebhooks the app runs,
// against DATABASE_URL, polling every 50 ms with a lease of WORKER_LEASE_MS.
import { createPrisma } from '@/lib/db/create-prisma';
import { deliverDueWebhooks } from '@/lib/merchant-webhooks/deliver-webhooks';

const db = createPrisma(process.env.DATABASE_URL!, 2);
const leaseMs = Number(process.env.WORKER_LEASE_MS ?? 60_000);
console.log('worker ready');
for (;;) {
  await deliverDueWebhooks(db, { leaseMs, timeoutMs: leaseMs - 100, retrySchedule: [0.05, 0.05, 0.05] });
  await new Promise((resolve) => setTimeout(resolve, 50));
}
