import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';
import { getPaymentStatusView } from '@/lib/payments/payment-status-view';

export const dynamic = 'force-dynamic';

/** The waiting page's slow fallback when server-sent events are unavailable. */
export async function GET(_request: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const view = isObjectId('payment', paymentId) ? await getPaymentStatusView(db(), paymentId) : null;
  if (!view) return Response.json({ error: 'no such payment' }, { status: 404 });
  return Response.json(view, { headers: { 'Cache-Control': 'no-store' } });
}
