import type { Db } from '@/lib/db/create-prisma';
import { randomToken } from '@/lib/ids/new-id';
import { createUser, setUserPassword } from './create-user';

export const DEMO_LOGIN_EMAIL = 'demo@tillpoint.test';

/**
 * The demo merchant's dashboard login, with a new random password at every start of a sandbox
 * instance (the launcher prints it; nothing readable is stored). Null when there is no demo merchant.
 */
export async function ensureDemoLogin(db: Db): Promise<{ email: string; password: string } | null> {
  const merchant = await db.merchant.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (!merchant) return null;
  const password = randomToken(16);
  const user = await db.user.findUnique({ where: { email: DEMO_LOGIN_EMAIL } });
  if (!user) await createUser(db, { merchantId: merchant.id, email: DEMO_LOGIN_EMAIL, password });
  else if (user.merchantId === merchant.id) await setUserPassword(db, user.id, password);
  else return null;
  return { email: DEMO_LOGIN_EMAIL, password };
}
