import Link from 'next/link';

/** The payment link a checkout came from, as a link to its dashboard page; "None" for a checkout made through the API. */
export function PaymentLinkRef({ link }: { link: { id: string; slug: string } | null }) {
  return link ? (
    <Link href={`/dashboard/links/${link.id}`} className="break-all font-medium text-brand-700 underline">
      /l/{link.slug}
    </Link>
  ) : (
    'None'
  );
}
