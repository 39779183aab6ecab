import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';
import { subscribeToPayment } from '@/lib/payments/payment-bus';
import { getPaymentStatusView, type PaymentStatusView } from '@/lib/payments/payment-status-view';

export const dynamic = 'force-dynamic';

const FALLBACK_POLL_MS = 5_000;
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events with a payment's status as the database has it: once at once, then on every
 * committed change (pushed in-process), with a slow database poll as fallback for changes committed
 * by another instance. Ends when the status is final.
 */
export async function GET(request: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const first = isObjectId('payment', paymentId) ? await getPaymentStatusView(db(), paymentId) : null;
  if (!first) return Response.json({ error: 'no such payment' }, { status: 404 });

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
      const poll = setInterval(() => void send(), FALLBACK_POLL_MS);
      const heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(': keep-alive\n\n')), HEARTBEAT_MS);
      cleanup = () => {
        unsubscribe();
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
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' },
  });
}
