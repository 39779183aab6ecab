import Link from 'next/link';
import { Logo } from '@/components/ui/logo';

const WAYS = [
  {
    title: 'Hosted checkout',
    text: 'Create a checkout session through the API and redirect your customer to a page Tillpoint hosts.',
  },
  {
    title: 'Payment links',
    text: 'Share one reusable link in a message, an invoice or a QR code; every customer gets their own checkout.',
  },
  {
    title: 'Embedded checkout',
    text: 'Keep customers on your site: the checkout runs in a frame only your origins may display.',
  },
];

export default function HomePage() {
  return (
    <div className="mx-auto flex min-h-dvh max-w-5xl flex-col px-6">
      <header className="flex items-center justify-between py-6">
        <Logo className="text-lg" />
        <nav
          aria-label="Main"
          className="flex flex-wrap justify-end gap-x-5 gap-y-1 text-sm whitespace-nowrap text-slate-600"
        >
          <Link className="hover:text-slate-900" href="/demo">
            Demo store
          </Link>
          <a className="hidden hover:text-slate-900 sm:inline" href="/demo/embedded">
            Embedded demo
          </a>
          <Link className="hover:text-slate-900" href="/dashboard">
            Dashboard
          </Link>
          <a className="hover:text-slate-900" href="/api/health">
            Status
          </a>
        </nav>
      </header>

      <main className="flex-1 py-10 sm:py-16">
        <p className="text-sm font-medium uppercase tracking-wider text-brand-600">Self-hosted checkout on Stripe</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight sm:text-5xl">
          Take card payments on pages you host, with 3-D Secure handled for you.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-600">
          Tillpoint runs the checkout, confirms every payment on the server, and only calls a payment successful once a
          verified Stripe webhook says so. It runs on your own machine with an embedded database and a local Stripe
          sandbox, so you can try everything without keys.
        </p>

        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            href="/demo"
            className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            Try the demo store
          </Link>
          <a
            href="/demo/embedded"
            className="rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 shadow-sm hover:bg-slate-50"
          >
            See it embedded in a shop
          </a>
        </div>

        <ul className="mt-12 grid gap-4 sm:grid-cols-3">
          {WAYS.map((way) => (
            <li key={way.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="font-semibold">{way.title}</h2>
              <p className="mt-2 text-sm text-slate-600">{way.text}</p>
            </li>
          ))}
        </ul>

        <section
          aria-labelledby="next-steps"
          className="mt-12 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
        >
          <h2 id="next-steps" className="font-semibold">
            Where to go next
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-5 text-sm text-slate-700">
            <li>
              Pay in the{' '}
              <Link className="font-medium text-brand-700 underline underline-offset-2" href="/demo">
                demo store
              </Link>{' '}
              with test card 4242 4242 4242 4242, or 4000 0027 6000 3184 for 3-D Secure.
            </li>
            <li>
              See the checkout{' '}
              <a className="font-medium text-brand-700 underline underline-offset-2" href="/demo/embedded">
                embedded in a merchant&apos;s own site
              </a>{' '}
              on another origin, inline or in a pop-up, with the messages it sends.
            </li>
            <li>
              Create a merchant and its secret key:{' '}
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-[13px]">
                npx tillpoint merchants create --name &quot;Acme&quot;
              </code>
            </li>
            <li>
              List merchants:{' '}
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-[13px]">npx tillpoint merchants list</code>
            </li>
            <li>
              Check that the service and its database are up on the{' '}
              <Link className="font-medium text-brand-700 underline underline-offset-2" href="/api/health">
                health endpoint
              </Link>
              .
            </li>
          </ol>
        </section>
      </main>

      <footer className="py-8 text-sm text-slate-500">Tillpoint · self-hosted, open to read, runs offline.</footer>
    </div>
  );
}
