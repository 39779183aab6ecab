import type { Db } from '@/lib/db/create-prisma';
import { createPaymentLink } from '@/lib/links/create-payment-link';

/** The demo store's payment links, told apart by `metadata.demo_link` and shown on /demo. */
export const DEMO_LINKS = {
  tote: {
    line_items: [{ name: 'Tillpoint tote bag', unit_amount: 2400, quantity: 1 }],
    currency: 'usd',
    after_completion: {
      type: 'hosted_confirmation',
      hosted_confirmation: {
        custom_message: 'This is the demo store: no tote bag will ship, but the payment link worked.',
      },
    },
    metadata: { demo_link: 'tote' },
  },
  tip: {
    custom_amount: { name: 'Tip the demo store', minimum: 100, maximum: 10_000, preset: 500 },
    currency: 'usd',
    metadata: { demo_link: 'tip' },
  },
} as const;

/** Creates the demo merchant's payment links that do not exist yet (every start; idempotent). */
export async function ensureDemoLinks(db: Db): Promise<void> {
  const merchant = await db.merchant.findFirst({
    where: { isDemo: true },
    include: { paymentLinks: { select: { metadata: true } } },
  });
  if (!merchant) return;
  const existing = new Set(merchant.paymentLinks.map((link) => (link.metadata as Record<string, string>).demo_link));
  for (const [key, body] of Object.entries(DEMO_LINKS)) {
    if (!existing.has(key)) await createPaymentLink(db, merchant.id, body, true);
  }
}
