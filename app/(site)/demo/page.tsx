import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';
import { Logo } from '@/components/ui/logo';
import { db } from '@/lib/db/db';
import { createDemoSessionAction } from '@/lib/demo/create-demo-session-action';
import { DEMO_PRODUCTS } from '@/lib/demo/demo-catalog';
import { findDemoLinks } from '@/lib/demo/find-demo-links';
import { usesSandbox } from '@/lib/env/app-env';
import { formatAmount } from '@/lib/money/format-amount';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Demo store' };

export default async function DemoStorePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!usesSandbox()) return <NoDemoStore />;
  const limited = (await searchParams).limited !== undefined;
  const links = await findDemoLinks(db());
  return (
    <div className="mx-auto max-w-5xl px-6 py-8">
      <header className="flex items-center justify-between">
        <Link href="/" aria-label="Tillpoint home">
          <Logo />
        </Link>
        <span className="rounded-full bg-amber-100 px-3 py-1 text-xs font-medium text-amber-800">
          Demo store · test mode
        </span>
      </header>
      <h1 className="mt-10 text-3xl font-semibold tracking-tight">The Tillpoint Demo Store</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Pick something and pay on Tillpoint&apos;s hosted checkout. Use test card <strong>4242 4242 4242 4242</strong>,
        or <strong>4000 0027 6000 3184</strong> to see 3-D Secure; any future date and any CVC.
      </p>
      {limited && (
        <p
          role="alert"
          className="mt-6 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          Too many checkouts were started from your connection. Wait a minute and try again.
        </p>
      )}
      <ul className="mt-8 grid gap-5 sm:grid-cols-3">
        {DEMO_PRODUCTS.map((product) => (
          <li key={product.id} className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold">{product.name}</h2>
            <p className="mt-1 flex-1 text-sm text-slate-600">{product.description}</p>
            <p className="mt-4 text-lg font-semibold">{formatAmount(product.unitAmount, 'usd')}</p>
            <form action={createDemoSessionAction} className="mt-4 space-y-3">
              <input type="hidden" name="product" value={product.id} />
              <input type="hidden" name="quantity" value="1" />
              <fieldset>
                <legend className="text-xs font-medium text-slate-600">3-D Secure shows</legend>
                <div className="mt-1 flex gap-4 text-sm">
                  <label className="flex items-center gap-1.5">
                    <input type="radio" name="threeDSecureUi" value="modal" defaultChecked /> in a pop-up
                  </label>
                  <label className="flex items-center gap-1.5">
                    <input type="radio" name="threeDSecureUi" value="redirect" /> by redirect
                  </label>
                </div>
              </fieldset>
              <button
                type="submit"
                className="w-full rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700"
              >
                Buy {product.name}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {links.length > 0 && (
        <section aria-labelledby="demo-links" className="mt-12">
          <h2 id="demo-links" className="text-xl font-semibold tracking-tight">
            Or pay through a payment link
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">
            One shareable URL (or QR code): every customer who opens it gets a checkout of their own.
          </p>
          <ul className="mt-5 grid gap-5 sm:grid-cols-2">
            {links.map((link) => (
              <li
                key={link.slug}
                className="flex items-center justify-between gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
              >
                <div>
                  <h3 className="font-semibold">{link.title}</h3>
                  <p className="mt-1 text-sm text-slate-600">{link.price}</p>
                  <div className="mt-3 flex gap-4 text-sm">
                    {/* Prefetched like any Next.js link: viewing or prefetching a link page creates nothing. */}
                    <Link prefetch className="font-medium text-brand-700 underline underline-offset-2" href={link.path}>
                      Open the link
                    </Link>
                    <a className="font-medium text-brand-700 underline underline-offset-2" href={`${link.path}/qr.svg`}>
                      QR code
                    </a>
                  </div>
                </div>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={`${link.path}/qr.svg`}
                  alt=""
                  className="h-20 w-20 shrink-0 rounded-md border border-slate-200"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** With real Stripe keys there is no demo merchant: nobody may open checkouts for it. */
function NoDemoStore() {
  return (
    <CheckoutShell>
      <StatusCard tone="info" title="The demo store runs only with the Stripe sandbox">
        <p>
          This Tillpoint uses real Stripe keys, so it has no demo merchant. Create your own with the API or the CLI.
        </p>
      </StatusCard>
    </CheckoutShell>
  );
}
