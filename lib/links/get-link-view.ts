import type { Db } from '@/lib/db/create-prisma';
import { isLinkSlug } from '@/lib/ids/object-ids';
import { inactiveMessageOf, isLinkClosed } from '@/lib/sessions/link-availability';
import { linkFixedTotal, linkLineItems } from '@/lib/objects/link-line-items';
import { linkPaymentRefusal } from '@/lib/sessions/link-payment-refusal';
import { PLACES_HELD_MESSAGE } from '@/lib/sessions/link-refusal-text';

/** What the public link page shows, or null for an unknown slug (checked for shape before any query). */
export async function getLinkView(db: Db, slug: string) {
  if (!isLinkSlug(slug)) return null;
  const link = await db.paymentLink.findUnique({ where: { slug }, include: { merchant: true } });
  if (!link) return null;
  const closed = isLinkClosed(link);
  const held = !closed && link.completedLimit !== null && (await linkPaymentRefusal(db, link.id, '')) !== null;
  return {
    slug: link.slug,
    currency: link.currency,
    merchant: { name: link.merchant.name, logoUrl: link.merchant.logoUrl, brandColor: link.merchant.brandColor },
    lineItems: linkLineItems(link),
    fixedTotal: linkFixedTotal(link),
    customAmount:
      link.customAmountName !== null
        ? {
            name: link.customAmountName,
            minimum: link.customAmountMin!,
            maximum: link.customAmountMax!,
            preset: link.customAmountPreset,
          }
        : null,
    closedMessage: closed ? inactiveMessageOf(link) : held ? PLACES_HELD_MESSAGE : null,
  };
}

export type LinkView = NonNullable<Awaited<ReturnType<typeof getLinkView>>>;
