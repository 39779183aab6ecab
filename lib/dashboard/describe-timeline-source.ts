/** What the timeline's `source` column means, in words a merchant reads (`webhookType` names the Stripe event when known). */
export function describeTimelineSource(source: string, sourceRef: string | null, webhookType?: string): string {
  if (source === 'webhook') return webhookType ? `Stripe webhook (${webhookType})` : 'Stripe webhook';
  if (source === 'reconciler') return 'Reconciler: read from Stripe after its webhook was late';
  if (source === 'reconciler:server-confirm')
    return 'Server confirmed the payment after 3-D Secure (the customer did not come back)';
  if (source === 'reconciler:resolve-attempt')
    return 'Reconciler: read from Stripe after a payment attempt got no answer';
  if (source === 'anomaly')
    return 'Anomaly: Stripe reported something that does not match this payment; the payment did not move';
  if (source === 'expiry') return 'The checkout session expired';
  if (source === 'no_charge') return 'Completed without a charge: the discount covered the whole total';
  if (source === 'action:start-payment') return 'Customer pressed Pay';
  if (source === 'action:confirm-payment') return 'Customer finished 3-D Secure';
  if (source.startsWith('action:')) return `Customer action (${source.slice('action:'.length)})`;
  return sourceRef ? `${source} (${sourceRef})` : source;
}
