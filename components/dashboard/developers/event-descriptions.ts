import type { EVENT_TYPES } from '@/lib/merchant-webhooks/event-types';

/** What each event type means, for the endpoint form's checklist. */
export const EVENT_DESCRIPTIONS: Record<(typeof EVENT_TYPES)[number], string> = {
  'payment.requires_action': 'A payment waits for the customer’s 3-D Secure authentication',
  'payment.action_completed': 'The customer finished 3-D Secure',
  'payment.authorized': 'A card was authorized for a manual-capture payment (capture or cancel it)',
  'payment.captured': 'An authorized payment was captured, in full or in part (payment.succeeded follows)',
  'payment.succeeded': 'A payment succeeded',
  'payment.failed': 'A payment attempt failed (each failed attempt)',
  'payment.canceled': 'A payment was canceled (an authorization released, also when Stripe lets it lapse after 7 days)',
  'payment.refunded': 'A payment was refunded, fully or in part',
  'checkout.session.completed': 'A checkout session was paid (or, with manual capture, authorized)',
  'checkout.session.expired': 'A checkout session expired unpaid',
  'payment_link.completed': 'A customer paid through a payment link',
};
