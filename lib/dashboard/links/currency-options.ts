import type { Db } from '@/lib/db/create-prisma';
import { SUPPORTED_CURRENCIES } from '@/lib/money/currencies';

/** Every currency a link may use, with its English name, for the create form's picker (named on the server, so the page hydrates as rendered). */
export function currencyOptions(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  return SUPPORTED_CURRENCIES.map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code.toUpperCase() }));
}

/** The currency a new link starts with: the one of the merchant's latest link, else US dollars. */
export async function defaultLinkCurrency(db: Db, merchantId: string): Promise<string> {
  const latest = await db.paymentLink.findFirst({
    where: { merchantId },
    orderBy: { createdAt: 'desc' },
    select: { currency: true },
  });
  return latest?.currency ?? 'usd';
}
