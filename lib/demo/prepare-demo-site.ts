import { replaceNamedApiKey } from '@/lib/api-keys/replace-named-api-key';
import type { Db } from '@/lib/db/create-prisma';

export const DEMO_SITE_KEY_NAME = 'Demo merchant site';

/**
 * Readies the demo merchant site (examples/merchant-site) for this run: the demo merchant allows the
 * site's origin to embed its checkouts, and the site gets a new secret key (the previous one is revoked).
 */
export async function prepareDemoSite(db: Db, siteOrigin: string): Promise<{ merchantId: string; secretKey: string }> {
  const merchant = await db.merchant.findFirst({ where: { isDemo: true }, orderBy: { createdAt: 'asc' } });
  if (!merchant) throw new Error('The demo merchant is missing.');
  if (!merchant.allowedEmbedOrigins.includes(siteOrigin)) {
    await db.merchant.update({
      where: { id: merchant.id },
      data: { allowedEmbedOrigins: [...merchant.allowedEmbedOrigins, siteOrigin] },
    });
  }
  return { merchantId: merchant.id, secretKey: await replaceNamedApiKey(db, merchant.id, DEMO_SITE_KEY_NAME) };
}
