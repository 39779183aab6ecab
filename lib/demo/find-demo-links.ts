import type { Db } from '@/lib/db/create-prisma';
import { formatAmount } from '@/lib/money/format-amount';
import { linkFixedTotal, linkLineItems } from '@/lib/objects/link-line-items';
import { DEMO_LINKS } from './ensure-demo-links';

/** The demo store's payment links for /demo, in DEMO_LINKS order, with a title and a price line. */
export async function findDemoLinks(db: Db) {
  const links = await db.paymentLink.findMany({ where: { merchant: { isDemo: true }, active: true } });
  const order = Object.keys(DEMO_LINKS);
  return links
    .map((link) => ({ link, key: (link.metadata as Record<string, string>).demo_link ?? '' }))
    .filter(({ key }) => order.includes(key))
    .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
    .map(({ link }) => {
      const total = linkFixedTotal(link);
      const money = (amount: number) => formatAmount(amount, link.currency);
      return {
        slug: link.slug,
        path: `/l/${link.slug}`,
        title: link.customAmountName ?? linkLineItems(link)[0]?.name ?? 'Payment link',
        price:
          total !== null
            ? money(total)
            : `Any amount from ${money(link.customAmountMin!)} to ${money(link.customAmountMax!)}`,
      };
    });
}
