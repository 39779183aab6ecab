import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';

const CONSENT_REQUIRED = { path: ['consent_collection', 'terms_of_service'], equals: 'required' };
const NAMED = 3;

function listed(kind: string, ids: string[], total: number): string {
  const more = total > ids.length ? ` and ${total - ids.length} more` : '';
  return `${total} ${kind}${total === 1 ? '' : 's'} (${ids.join(', ')}${more})`;
}

/**
 * Refuses to remove the account's `terms_of_service_url` while a payment link (active or not: it can be
 * reactivated) or an open checkout session still requires terms-of-service consent, naming them: their
 * checkouts would show a consent box linking nowhere. Change the URL instead, or drop the consent first.
 */
export async function checkTermsUrlRemoval(db: Db, merchantId: string, now = new Date()): Promise<void> {
  const linkWhere = { merchantId, checkoutOptions: CONSENT_REQUIRED };
  const sessionWhere = {
    merchantId,
    status: 'open' as const,
    expiresAt: { gt: now },
    checkoutOptions: CONSENT_REQUIRED,
  };
  const [links, linkCount, sessions, sessionCount] = await Promise.all([
    db.paymentLink.findMany({ where: linkWhere, select: { id: true }, orderBy: { id: 'asc' }, take: NAMED }),
    db.paymentLink.count({ where: linkWhere }),
    db.checkoutSession.findMany({ where: sessionWhere, select: { id: true }, orderBy: { id: 'asc' }, take: NAMED }),
    db.checkoutSession.count({ where: sessionWhere }),
  ]);
  if (linkCount === 0 && sessionCount === 0) return;
  const needs = [
    linkCount > 0 &&
      listed(
        'payment link',
        links.map((link) => link.id),
        linkCount,
      ),
    sessionCount > 0 &&
      listed(
        'open checkout session',
        sessions.map((session) => session.id),
        sessionCount,
      ),
  ].filter(Boolean);
  throw domainError(
    'invalid_state',
    `terms_of_service_url cannot be removed while ${needs.join(' and ')} require consent_collection.terms_of_service; set consent_collection.terms_of_service to none on those links, or wait for the sessions to end, first.`,
    'terms_of_service_url',
  );
}
