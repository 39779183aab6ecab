import type { Metadata } from 'next';
import { Spinner } from '@/components/checkout/spinner';
import { ChallengeReturnNotifier } from '@/components/embed/challenge-return-notifier';
import { EmbedUnavailable } from '@/components/embed/embed-unavailable';
import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Returning to checkout', robots: { index: false }, referrer: 'no-referrer' };

type Props = {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Where the bank's 3-D Secure page sends the customer of an embedded checkout (inside the challenge
 * frame). It only hands over to the checkout frame; the server confirms and the database decides.
 */
export default async function EmbedChallengeReturnPage({ params, searchParams }: Props) {
  const { sessionId } = await params;
  const query = await searchParams;
  const paymentId =
    isObjectId('payment', query.payment) && isObjectId('checkout_session', sessionId) ? query.payment : null;
  const intentParam = typeof query.payment_intent === 'string' ? query.payment_intent : null;
  const payment = paymentId
    ? await db().payment.findFirst({
        where: { id: paymentId, sessionId },
        select: { id: true, stripePaymentIntentId: true },
      })
    : null;
  if (!payment || (intentParam !== null && intentParam !== payment.stripePaymentIntentId))
    return <EmbedUnavailable title="We could not match this verification to your payment" />;

  return (
    <main
      className="flex min-h-dvh flex-col items-center justify-center gap-3 bg-white p-6 text-center text-sm text-slate-600"
      aria-live="polite"
    >
      <Spinner className="h-6 w-6 text-brand-600" />
      <p>Verification finished. Returning to the checkout…</p>
      <ChallengeReturnNotifier paymentId={payment.id} />
    </main>
  );
}
