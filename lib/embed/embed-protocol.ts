import { z } from 'zod';
import { zObjectId } from '@/lib/ids/object-id-schema';

/** Marks Tillpoint's messages among everything else a page receives by `postMessage`. */
export const EMBED_PROTOCOL = 'tillpoint.embed';

/** Bumped on any incompatible change; embed.js ignores messages of another version. */
export const EMBED_PROTOCOL_VERSION = 1;

const envelope = {
  protocol: z.literal(EMBED_PROTOCOL),
  version: z.literal(EMBED_PROTOCOL_VERSION),
  session: zObjectId('checkout_session'),
};

/**
 * What the checkout frame tells the page that embeds it (frame → host only). Every message carries the
 * protocol name, its version and the checkout session id, and is posted to the session's embed origin.
 */
export const ZEmbedMessage = z.discriminatedUnion('type', [
  /** The checkout has rendered and takes input. */
  z.strictObject({ ...envelope, type: z.literal('ready') }),
  /** The checkout's content is `height` CSS pixels tall: size the frame to it (it grows while 3-D Secure shows). */
  z.strictObject({ ...envelope, type: z.literal('resize'), height: z.number().int().min(0).max(20_000) }),
  /** The customer's bank asks for 3-D Secure; the challenge is showing inside the frame. */
  z.strictObject({ ...envelope, type: z.literal('requires_action') }),
  /** A payment attempt is in progress: do not close or navigate away from the checkout. */
  z.strictObject({ ...envelope, type: z.literal('processing') }),
  /** Paid: sent only once the database, written from a verified Stripe webhook, says the payment succeeded. */
  z.strictObject({ ...envelope, type: z.literal('succeeded'), payment: zObjectId('payment') }),
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
]);

export type TEmbedMessage = z.infer<typeof ZEmbedMessage>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A message without its envelope (protocol, version, session): `{ type: 'resize', height: 612 }`. */
export type TEmbedMessageBody = DistributiveOmit<TEmbedMessage, 'protocol' | 'version' | 'session'>;

/** Wraps a message body in this protocol version's envelope for one checkout session. */
export function embedMessage(session: string, body: TEmbedMessageBody): TEmbedMessage {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, session, ...body } as TEmbedMessage;
}
