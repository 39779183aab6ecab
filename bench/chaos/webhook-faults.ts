// Stripe's side of the chaos: every webhook delivered three times, shuffled, each copy delayed by its own
// random 0–5 s, and 30 % of first attempts dropped (the sandbox retries those on its schedule).
import { sandboxCall, type CheckoutTarget } from '@/resilience/support/http-checkout';
import { CHAOS } from './config';

export async function setWebhookFaults(target: CheckoutTarget): Promise<void> {
  const { duplicates, shuffleWindow, dropRate, maxDelayMs } = CHAOS.webhooks;
  const { status, body } = await sandboxCall(target, 'POST', '/_sandbox/faults/webhooks', {
    delay_ms: 0,
    delay_jitter_ms: maxDelayMs,
    duplicates,
    shuffle_window: shuffleWindow,
    drop_rate: dropRate,
  });
  if (status !== 200) throw new Error(`webhook faults answered ${status}: ${JSON.stringify(body)}`);
}
