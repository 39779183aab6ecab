/**
 * The embed protocol as plain types and constants, with no dependency: the one source the zod schema
 * (embed-protocol.ts, used by the checkout frame) and the browser loader (loader/, bundled to
 * public/embed.js) are both written against.
 */

/** Marks Tillpoint's messages among everything else a page receives by `postMessage`. */
export const EMBED_PROTOCOL = 'tillpoint.embed';

/** Bumped on any incompatible change; embed.js ignores messages of another version. */
export const EMBED_PROTOCOL_VERSION = 1;

/** The tallest content, in CSS pixels, a `resize` message may report. */
export const MAX_EMBED_HEIGHT = 20_000;

/**
 * What the checkout frame tells the page that embeds it (frame → host only), without the envelope.
 * - `ready`: the checkout has rendered and takes input.
 * - `resize`: the content is `height` CSS pixels tall: size the frame to it (it grows while 3-D Secure shows).
 * - `requires_action`: the customer's bank asks for 3-D Secure; the challenge is showing inside the frame.
 * - `processing`: a payment attempt is in progress: do not close or navigate away from the checkout.
 * - `succeeded`: paid, sent only once the database (written from a verified Stripe webhook) says so.
 * - `authorized`: the card is held for the merchant to capture later (`capture_method: manual`); sent like `succeeded`.
 * - `failed`: the attempt failed (declined, 3-D Secure failed, ...); the checkout shows `message` and takes another card.
 * - `expired`: the checkout session expired; no payment was taken.
 * - `close`: the customer is done with the checkout (pressed Done/Close in it): the host may remove it.
 */
export type EmbedMessageBody =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'requires_action' }
  | { type: 'processing' }
  | { type: 'succeeded'; payment: string }
  | { type: 'authorized'; payment: string }
  | { type: 'failed'; code: string; message: string }
  | { type: 'expired' }
  | { type: 'close' };

/** Every message carries the protocol name, its version and the checkout session id. */
export type EmbedMessageEnvelope = {
  protocol: typeof EMBED_PROTOCOL;
  version: typeof EMBED_PROTOCOL_VERSION;
  session: string;
};

export type EmbedMessage = EmbedMessageEnvelope & EmbedMessageBody;
