import pg from 'pg';
import { z } from 'zod';
import type { Db } from '@/lib/db/create-prisma';
import { errorMessage, logger } from '@/lib/observability/logger';
import { deliverPaymentUpdate, setPaymentRelay, watchedPayments, type PaymentUpdate } from '@/lib/payments/payment-bus';
import type { PaymentStatus } from '@/lib/payments/payment-state';
import { instanceId } from '@/lib/lifecycle/instance-id';

const CHANNEL = 'tillpoint_payment_updates';
const MAX_BACKOFF_MS = 30_000;

const ZNotice = z.object({
  from: z.string(),
  paymentId: z.string().max(64),
  status: z.string(),
  errorMessage: z.string().nullable(),
});

export type PaymentNotifyRelay = { stop(): Promise<void>; connected(): boolean };

/**
 * Cross-instance push over PostgreSQL LISTEN/NOTIFY. Each commit's update is NOTIFYed through the pool;
 * one dedicated connection per instance LISTENs and hands other instances' updates to this process's
 * waiting pages. When that connection drops it reconnects with backoff, then re-reads every payment a
 * page here waits on, so an update sent while it was away is not missed.
 */
export function startPaymentNotifyRelay(db: Db, databaseUrl: string): PaymentNotifyRelay {
  const self = instanceId();
  let client: pg.Client | null = null;
  let stopped = false;
  let backoffMs = 250;
  let timer: NodeJS.Timeout | null = null;

  setPaymentRelay((update: PaymentUpdate) => {
    const payload = JSON.stringify({ from: self, ...update, errorMessage: update.errorMessage?.slice(0, 500) ?? null });
    db.pool
      .query('SELECT pg_notify($1, $2)', [CHANNEL, payload])
      .catch((error: unknown) =>
        logger().warn({ paymentId: update.paymentId, err: errorMessage(error) }, 'payment notify failed'),
      );
  });

  const rereadWatched = async () => {
    const ids = watchedPayments();
    if (ids.length === 0) return;
    const { rows } = await db.pool.query<{ id: string; status: PaymentStatus; last_error_message: string | null }>(
      'SELECT id, status, last_error_message FROM payments WHERE id = ANY($1::text[])',
      [ids],
    );
    for (const row of rows)
      deliverPaymentUpdate({ paymentId: row.id, status: row.status, errorMessage: row.last_error_message });
  };

  const reconnectLater = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, backoffMs);
    timer.unref();
    backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('error', (error) => {
      logger().warn({ err: errorMessage(error) }, 'payment listener connection lost');
      if (client === next) client = null;
      reconnectLater();
    });
    next.on('end', () => {
      if (client === next) client = null;
      reconnectLater();
    });
    next.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(message.payload);
      } catch {
        return;
      }
      const notice = ZNotice.safeParse(parsed);
      if (!notice.success || notice.data.from === self) return;
      const { paymentId, status, errorMessage: text } = notice.data;
      deliverPaymentUpdate({ paymentId, status: status as PaymentStatus, errorMessage: text });
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (stopped) return void next.end().catch(() => undefined);
      client = next;
      backoffMs = 250;
      logger().info({ channel: CHANNEL }, 'payment listener connected');
      await rereadWatched();
    } catch (error) {
      logger().warn({ err: errorMessage(error), retryMs: backoffMs }, 'payment listener cannot connect');
      await next.end().catch(() => undefined);
      reconnectLater();
    }
  };

  void connect();
  return {
    connected: () => client !== null,
    async stop() {
      stopped = true;
      setPaymentRelay(null);
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
