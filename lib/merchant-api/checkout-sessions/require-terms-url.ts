import type { Db } from '@/lib/db/create-prisma';
import { apiError } from '../api-error';

/** A terms-of-service consent needs terms to link to: the account's `terms_of_service_url`. */
export async function requireTermsUrl(db: Db, merchantId: string): Promise<void> {
  const merchant = await db.merchant.findUnique({ where: { id: merchantId }, select: { termsOfServiceUrl: true } });
  if (!merchant?.termsOfServiceUrl)
    throw apiError(
      'parameter_invalid',
      'consent_collection.terms_of_service needs terms_of_service_url on the account: set it with POST /api/v1/account first.',
      'consent_collection.terms_of_service',
    );
}
