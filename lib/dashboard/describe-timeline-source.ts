/** What the timeline's `source` column means, in words a merchant reads (`webhookType` names the Stripe event when known). */
export function describeTimelineSource(source: string, sourceRef: string | null, webhookType?: string): string {
  if (source === 'webhook') return webhookType ? `Stripe webhook (${webhookType})` : 'Stripe webhook';
  if (source === 'reconciler') return 'Reconciler: read from Stripe after its webhook was late';
  if (source === 'expiry') return 'The checkout session expired';
  if (source === 'action:start-payment') return 'Customer pressed Pay';
  if (source === 'action:confirm-payment') return 'Customer finished 3-D Secure';
  if (source.startsWith('action:')) return `Customer action (${source.slice('action:'.length)})`;
  return sourceRef ? `${source} (${sourceRef})` : source;
}
