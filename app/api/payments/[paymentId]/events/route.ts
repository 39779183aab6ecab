import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';
import { clientIp } from '@/lib/http/client-ip';
import { acquirePaymentStream } from '@/lib/payments/payment-stream-limits';
import { onShutdown, RECONNECT_AFTER_MS } from '@/lib/lifecycle/shutdown-signal';
import { subscribeToPayment } from '@/lib/payments/payment-bus';
import { getPaymentStatusView, type PaymentStatusView } from '@/lib/payments/payment-status-view';

export const dynamic = 'force-dynamic';

const FALLBACK_POLL_MS = 5_000;
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events with a payment's status as the database has it: once at once, then on every
 * committed change (pushed in-process, and from other instances over PostgreSQL NOTIFY), with a slow
 * database poll as fallback. Ends when the status is final. Open streams are capped per client IP and per
 * payment (429), so nobody can hold unlimited connections and timers.
 */
export async function GET(request: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  if (!isObjectId('payment', paymentId)) return Response.json({ error: 'no such payment' }, { status: 404 });
  const release = acquirePaymentStream(clientIp(request.headers), paymentId);
  if (!release)
    return Response.json(
      { error: 'too many open status streams; poll the status instead' },
      { status: 429, headers: { 'Retry-After': '10' } },
    );
  const first = await getPaymentStatusView(db(), paymentId).catch((error: unknown) => {
    release();
    throw error;
  });
  if (!first) {
    release();
    return Response.json({ error: 'no such payment' }, { status: 404 });
  }

  const encoder = new TextEncoder();
  let closed = false;
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let last = '';
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {
          // the client already went away
        }
      };
      const emit = (view: PaymentStatusView) => {
        const data = JSON.stringify(view);
        if (data !== last) {
          last = data;
          controller.enqueue(encoder.encode(`event: status\ndata: ${data}\n\n`));
        }
        if (view.final) close();
      };
      const send = async () => {
        const view = await getPaymentStatusView(db(), paymentId).catch(() => null);
        if (view && !closed) emit(view);
      };
      const unsubscribe = subscribeToPayment(paymentId, () => void send());
      // This instance is stopping: the browser reconnects (through the load balancer, to another one).
      const endOnShutdown = onShutdown(() => {
        if (!closed) controller.enqueue(encoder.encode(`retry: ${RECONNECT_AFTER_MS}\n\n`));
        close();
      });
      const poll = setInterval(() => void send(), FALLBACK_POLL_MS);
      const heartbeat = setInterval(
        () => !closed && controller.enqueue(encoder.encode(': keep-alive\n\n')),
        HEARTBEAT_MS,
      );
      cleanup = () => {
        release();
        unsubscribe();
        endOnShutdown();
        clearInterval(poll);
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', close);
      emit(first);
      // A change committed between the first read and the subscription was not pushed to us: read again.
      void send();
    },
    cancel() {
      closed = true;
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
