import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Thank you' };

/** The demo store's success page: it trusts its own database lookup, not the query string. */
export default async function DemoThanksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { session: sessionId } = await searchParams;
  const session = isObjectId('checkout_session', sessionId)
    ? await db().checkoutSession.findUnique({ where: { id: sessionId } })
    : null;
  const paid = session?.status === 'complete';
  return (
    <CheckoutShell>
      <StatusCard
        tone={paid ? 'success' : 'warning'}
        title={paid ? 'Order confirmed' : 'We have not received this payment'}
      >
        <p>
          {paid
            ? 'Thanks for shopping at the demo store. Your order is on its way (not really).'
            : 'This order is not paid.'}
        </p>
        <Link href="/demo" className="font-medium text-brand-700 underline underline-offset-2">
          Back to the store
        </Link>
      </StatusCard>
    </CheckoutShell>
  );
}
