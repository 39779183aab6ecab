import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';

/**
 * A terms-of-service consent needs terms to link to: the account's `terms_of_service_url`. Sessions and
 * payment links requiring consent are refused without it, so no checkout shows a consent box that links nowhere.
 */
export async function requireTermsUrl(db: Db, merchantId: string): Promise<void> {
  const merchant = await db.merchant.findUnique({ where: { id: merchantId }, select: { termsOfServiceUrl: true } });
  if (!merchant?.termsOfServiceUrl)
    throw domainError(
      'parameter_invalid',
      'consent_collection.terms_of_service needs terms_of_service_url on the account: set it in the dashboard’s Settings or with POST /api/v1/account first.',
      'consent_collection.terms_of_service',
    );
}
