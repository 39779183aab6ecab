import type { Db } from '@/lib/db/create-prisma';
import { ZApiUpdateAccount } from '../schemas/account-schemas';
import { serializeAccount } from '@/lib/objects/serialize';
import { checkTermsUrlRemoval } from '@/lib/merchants/check-terms-url-removal';

/**
 * Updates the merchant's name, allowed redirect domains, allowed embed origins, brand colour and terms URL (a given
 * list replaces the old one). The terms URL cannot be removed while links or open sessions require consent.
 */
export async function updateAccount(db: Db, merchantId: string, body: unknown) {
  const input = ZApiUpdateAccount.parse(body);
  if (input.terms_of_service_url === null) await checkTermsUrlRemoval(db, merchantId);
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
      ...(input.terms_of_service_url !== undefined && { termsOfServiceUrl: input.terms_of_service_url }),
    },
  });
  return serializeAccount(merchant);
}
