import { z } from 'zod';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, MAX_EMBED_HEIGHT, type EmbedMessage } from './embed-messages';

export { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION };

const envelope = {
  protocol: z.literal(EMBED_PROTOCOL),
  version: z.literal(EMBED_PROTOCOL_VERSION),
  session: zObjectId('checkout_session'),
};

/**
 * The checkout frame's side of the protocol in embed-messages.ts, checked before every post (to the
 * session's embed origin only). `satisfies` keeps this schema within the protocol's types.
 */
export const ZEmbedMessage = z.discriminatedUnion('type', [
  /** The checkout has rendered and takes input. */
  z.strictObject({ ...envelope, type: z.literal('ready') }),
  /** The checkout's content is `height` CSS pixels tall: size the frame to it (it grows while 3-D Secure shows). */
  z.strictObject({ ...envelope, type: z.literal('resize'), height: z.number().int().min(0).max(MAX_EMBED_HEIGHT) }),
  /** The customer's bank asks for 3-D Secure; the challenge is showing inside the frame. */
  z.strictObject({ ...envelope, type: z.literal('requires_action') }),
  /** A payment attempt is in progress: do not close or navigate away from the checkout. */
  z.strictObject({ ...envelope, type: z.literal('processing') }),
  /** Paid: sent only once the database, written from a verified Stripe webhook, says the payment succeeded. */
  z.strictObject({ ...envelope, type: z.literal('succeeded'), payment: zObjectId('payment') }),
  /** The card is held for a later capture (manual capture): the customer is done, nothing is charged yet. */
  z.strictObject({ ...envelope, type: z.literal('authorized'), payment: zObjectId('payment') }),
  /** The attempt failed (declined, 3-D Secure failed, ...); the checkout shows `message` and takes another card. */
  z.strictObject({
    ...envelope,
    type: z.literal('failed'),
    code: z.string().min(1).max(100),
    message: z.string().min(1).max(500),
  }),
  /** The checkout session expired; no payment was taken. */
  z.strictObject({ ...envelope, type: z.literal('expired') }),
  /** The customer is done with the checkout (pressed Done/Close in it): the host may remove it. */
  z.strictObject({ ...envelope, type: z.literal('close') }),
]) satisfies z.ZodType<EmbedMessage>;

export type TEmbedMessage = z.infer<typeof ZEmbedMessage>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A message without its envelope (protocol, version, session): `{ type: 'resize', height: 612 }`. */
export type TEmbedMessageBody = DistributiveOmit<TEmbedMessage, 'protocol' | 'version' | 'session'>;

/** Wraps a message body in this protocol version's envelope for one checkout session. */
export function embedMessage(session: string, body: TEmbedMessageBody): TEmbedMessage {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, session, ...body } as TEmbedMessage;
}
