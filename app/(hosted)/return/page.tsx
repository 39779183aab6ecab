import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { PaymentStatusWaiter } from '@/components/checkout/payment-status-waiter';
import { Receipt } from '@/components/checkout/receipt';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';
import { getPaymentStatusView } from '@/lib/payments/payment-status-view';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Payment status', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Where customers land after paying or after the bank's 3DS page. Resolves Tillpoint's own payment id;
 * a `payment_intent` that Stripe appended must belong to it. `redirect_status` is ignored: only the
 * database status, written from a verified webhook, can show success.
 */
export default async function ReturnPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const paymentId = typeof query.payment === 'string' ? query.payment : '';
  const intentParam = typeof query.payment_intent === 'string' ? query.payment_intent : null;
  const payment = isObjectId('payment', paymentId)
    ? await db().payment.findUnique({
        where: { id: paymentId },
        include: { session: { include: { merchant: true, lineItems: { orderBy: { position: 'asc' } } } } },
      })
    : null;

  if (!payment) {
    return (
      <CheckoutShell>
        <StatusCard tone="error" title="We could not find this payment">
          <p>The link may be incomplete. If you were charged, the merchant will have your receipt.</p>
        </StatusCard>
      </CheckoutShell>
    );
  }
  const brandColor = payment.session.merchant.brandColor;
  if (intentParam !== null && intentParam !== payment.stripePaymentIntentId) {
    return (
      <CheckoutShell brandColor={brandColor}>
        <StatusCard tone="error" title="This payment link does not match">
          <p>The details in this link do not belong to this payment, so we cannot show its status.</p>
          <a className="font-medium text-brand-700 underline underline-offset-2" href={`/c/${payment.sessionId}`}>
            Return to checkout
          </a>
        </StatusCard>
      </CheckoutShell>
    );
  }

  const view = (await getPaymentStatusView(db(), payment.id))!;
  const locale = customerLocale(payment.session.locale, (await headers()).get('accept-language'));
  return (
    <CheckoutShell brandColor={brandColor}>
      <PaymentStatusWaiter
        initial={view}
        merchantName={payment.session.merchant.name}
        receipt={<Receipt payment={payment} locale={locale} />}
      />
    </CheckoutShell>
  );
}
