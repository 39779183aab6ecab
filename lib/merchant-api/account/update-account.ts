import type { Db } from '@/lib/db/create-prisma';
import { ZApiUpdateAccount } from '../schemas/account-schemas';
import { serializeAccount } from '../serialize';

/** Updates the merchant's name and/or allowed redirect domains (a given list replaces the old one). */
export async function updateAccount(db: Db, merchantId: string, body: unknown) {
  const input = ZApiUpdateAccount.parse(body);
  const merchant = await db.merchant.update({
    where: { id: merchantId },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.allowed_redirect_domains !== undefined && { allowedRedirectDomains: [...new Set(input.allowed_redirect_domains)] }),
    },
  });
  return serializeAccount(merchant);
}
