import type { Db } from '@/lib/db/create-prisma';
import { ZApiUpdateAccount } from '../schemas/account-schemas';
import { serializeAccount } from '@/lib/objects/serialize';

/** Updates the merchant's name, allowed redirect domains, allowed embed origins and brand colour (a given list replaces the old one). */
export async function updateAccount(db: Db, merchantId: string, body: unknown) {
  const input = ZApiUpdateAccount.parse(body);
  const merchant = await db.merchant.update({
    where: { id: merchantId },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.allowed_redirect_domains !== undefined && {
        allowedRedirectDomains: [...new Set(input.allowed_redirect_domains)],
      }),
      ...(input.allowed_embed_origins !== undefined && {
        allowedEmbedOrigins: [...new Set(input.allowed_embed_origins)],
      }),
      ...(input.brand_color !== undefined && { brandColor: input.brand_color }),
    },
  });
  return serializeAccount(merchant);
}
