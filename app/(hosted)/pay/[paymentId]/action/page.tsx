import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ThreeDSecureRunner } from '@/components/checkout/three-d-secure-runner';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { threeDSecureTokenSecret } from '@/lib/hosted/three-d-secure-token-secret';
import { getThreeDSecureView } from '@/lib/hosted/get-three-d-secure-view';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your payment', robots: { index: false }, referrer: 'no-referrer' };

type Props = {
  params: Promise<{ paymentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page a merchant's action_url opens: the customer completes 3-D Secure for a payment waiting on them. */
export default async function ThreeDSecurePage({ params, searchParams }: Props) {
  const { paymentId } = await params;
  const { token } = await searchParams;
  const env = appEnv();
  const view = await getThreeDSecureView(
    db(),
    paymentId,
    typeof token === 'string' ? token : '',
    threeDSecureTokenSecret(),
    env.TILLPOINT_PUBLIC_URL,
  );
  if (view.kind === 'go') redirect(view.url);
  if (view.kind === 'invalid') {
    return (
      <CheckoutShell>
        <StatusCard tone="error" title="This link is not valid">
          <p>It may have expired or been copied incompletely. Ask the merchant for a new link.</p>
        </StatusCard>
      </CheckoutShell>
    );
  }
  return (
    <CheckoutShell brandColor={view.brandColor}>
      <ThreeDSecureRunner
        paymentId={view.paymentId}
        clientSecret={view.clientSecret}
        merchantName={view.merchantName}
        publishableKey={env.STRIPE_PUBLISHABLE_KEY}
        stripeScriptUrl={env.STRIPE_JS_URL ?? null}
      />
    </CheckoutShell>
  );
}
