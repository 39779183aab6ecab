import type { PaymentLink } from '@/lib/generated/prisma/client';

export const DEFAULT_INACTIVE_MESSAGE =
  'The seller is no longer taking payments through this link. Contact them if you still want to pay.';

/** The sentence a customer reads on an unavailable link: the merchant's own, or the default. */
export function inactiveMessageOf(link: Pick<PaymentLink, 'inactiveMessage'>): string {
  return link.inactiveMessage ?? DEFAULT_INACTIVE_MESSAGE;
}

/** True when the link opens no new checkout: deactivated, or its completed-sessions limit reached. */
export function isLinkClosed(link: Pick<PaymentLink, 'active' | 'completedCount' | 'completedLimit'>): boolean {
  return !link.active || (link.completedLimit !== null && link.completedCount >= link.completedLimit);
}
