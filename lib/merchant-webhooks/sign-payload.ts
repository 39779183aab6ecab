import { Webhook } from 'standardwebhooks';

/** The Standard Webhooks headers for one message: `webhook-id` stays the same on every retry. */
export function signPayload(
  secret: string,
  messageId: string,
  payload: string,
  at = new Date(),
): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, at, payload),
  };
}
