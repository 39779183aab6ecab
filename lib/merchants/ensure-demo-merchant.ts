import type { Db } from '@/lib/db/create-prisma';
import { createMerchant, type CreatedMerchant } from './create-merchant';

export const DEMO_MERCHANT_NAME = 'Tillpoint Demo Store';

/** Creates the demo merchant on first start. Returns it (with its one-time key) only when created now. */
export async function ensureDemoMerchant(db: Db): Promise<CreatedMerchant | null> {
  const existing = await db.merchant.findFirst({ where: { isDemo: true } });
  if (existing) return null;
  return createMerchant(db, { name: DEMO_MERCHANT_NAME, isDemo: true });
}
