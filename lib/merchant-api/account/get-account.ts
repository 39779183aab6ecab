import type { Db } from '@/lib/db/create-prisma';
import { serializeAccount } from '@/lib/objects/serialize';

/** The merchant's own settings. */
export async function getAccount(db: Db, merchantId: string) {
  return serializeAccount(await db.merchant.findUniqueOrThrow({ where: { id: merchantId } }));
}
