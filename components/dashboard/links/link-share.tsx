import { paymentLinkQrUrl } from '@/lib/objects/payment-link-url';
import { CopyButton } from '../copy-button';

/**
 * The link's address to copy or open, and its QR code with a download. The QR image and download use
 * the path on this origin (a download needs the same origin); the address shown is the public one.
 */
export function LinkShare({ url, slug, what }: { url: string; slug: string; what: string }) {
  const qrPath = paymentLinkQrUrl('', slug);
  return (
    <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
      <div className="min-w-0 flex-1 space-y-3">
        <p
          className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-sm break-all text-slate-900"
          data-testid="link-url"
        >
          {url}
        </p>
        <div className="flex flex-wrap gap-2">
          <CopyButton value={url} label="Copy URL" />
          <a href={url} target="_blank" rel="noopener noreferrer" className="btn-secondary">
            Open link <span className="sr-only">(opens in a new tab)</span>
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="h-4 w-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M11 3h6v6M17 3l-8 8M15 12v4a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h4" />
            </svg>
          </a>
        </div>
        <p className="text-sm text-slate-600">
          Share it in a message, an invoice or on your site. Every customer who opens it gets a checkout of their own.
        </p>
      </div>
      <figure className="flex shrink-0 flex-col items-center gap-2 self-center sm:self-start">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={qrPath}
          alt={`QR code that opens the payment link for ${what}`}
          width={144}
          height={144}
          className="h-36 w-36 rounded-lg border border-slate-200 bg-white"
        />
        <figcaption>
          <a
            href={`${qrPath}?download=1`}
            download
            className="text-sm font-medium text-brand-700 underline underline-offset-2"
          >
            Download QR code (SVG)
          </a>
        </figcaption>
      </figure>
    </div>
  );
}
