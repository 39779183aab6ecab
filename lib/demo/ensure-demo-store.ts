import { ensureDemoLogin } from '@/lib/auth/ensure-demo-login';
import type { Db } from '@/lib/db/create-prisma';
import { ensureDemoMerchant } from '@/lib/merchants/ensure-demo-merchant';
import { ensureDemoLinks } from './ensure-demo-links';

/**
 * The demo merchant, its payment links and its dashboard login, at every start, but only with the Stripe
 * sandbox: with real keys anyone could open real checkouts for a merchant nobody owns, so none is made.
 */
export async function ensureDemoStore(db: Db, useSandbox: boolean) {
  if (!useSandbox) return { demo: null, demoLogin: null };
  const demo = await ensureDemoMerchant(db);
  await ensureDemoLinks(db);
  return { demo, demoLogin: await ensureDemoLogin(db) };
}
