import { z } from 'zod';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { EMBED_PROTOCOL_VERSION } from './embed-protocol';

/**
 * The embed's 3-D Secure return page (inside the challenge frame, inside the checkout frame) tells the
 * checkout frame that the bank sent the customer back. Same origin on both sides; it proves nothing
 * about the payment: the checkout then asks the server to confirm and waits for the database status.
 */
export const ZChallengeReturnMessage = z.strictObject({
  protocol: z.literal('tillpoint.embed-challenge'),
  version: z.literal(EMBED_PROTOCOL_VERSION),
  payment: zObjectId('payment'),
});

export type TChallengeReturnMessage = z.infer<typeof ZChallengeReturnMessage>;

export function challengeReturnMessage(paymentId: string): TChallengeReturnMessage {
  return { protocol: 'tillpoint.embed-challenge', version: EMBED_PROTOCOL_VERSION, payment: paymentId };
}
