import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';
import { isRedirectHostAllowed } from '@/lib/sessions/redirect-domains';

/** Refuses an after-completion redirect outside the merchant's allowed redirect domains (no open redirects). */
export async function checkLinkRedirect(db: Db, merchantId: string, url: string, testMode: boolean): Promise<void> {
  const merchant = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: { allowedRedirectDomains: true },
  });
  if (!isRedirectHostAllowed(url, merchant.allowedRedirectDomains, testMode)) {
    throw domainError(
      'url_not_allowed',
      'after_completion.redirect.url must be on one of the account’s allowed_redirect_domains.',
      'after_completion.redirect.url',
    );
  }
}
