import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { appEnv } from '@/lib/env/app-env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Embedded checkout demo' };

/** Sends a newcomer to the demo merchant site (another origin) that `npm start` runs next to Tillpoint. */
export default function EmbeddedDemoPage() {
  const url = appEnv().DEMO_SITE_URL;
  if (url) redirect(url);
  return (
    <CheckoutShell>
      <StatusCard tone="info" title="The demo shop site is not running">
        <p>
          <code className="rounded bg-slate-100 px-1.5 py-0.5 text-[13px]">npm start</code> runs a small merchant site
          that embeds the checkout from another origin, on{' '}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 text-[13px]">DEMO_SITE_PORT</code> (3001 unless set; 0
          turns it off).
        </p>
      </StatusCard>
    </CheckoutShell>
  );
}
