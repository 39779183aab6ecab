import type { Db } from '@/lib/db/create-prisma';

/** Marks a customer's payment attempt finished with its outcome (a PaymentIntent status, or why it stopped); once. */
export async function finishAttempt(db: Db, attemptId: string, outcome: string): Promise<void> {
  await db.paymentAttempt.updateMany({
    where: { id: attemptId, finishedAt: null },
    data: { finishedAt: new Date(), outcome },
  });
}
