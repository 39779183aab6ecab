import { isExactOrigin } from './exact-origin';
import { ZEmbedMessage, type TEmbedMessage } from './embed-protocol';

type MessageTarget = { postMessage(message: unknown, targetOrigin: string): void };

/**
 * Posts a protocol message to the host page, checked against the protocol and addressed to the exact
 * origin that embeds the session (never `*`, so no other page can read it).
 */
export function postEmbedMessage(target: MessageTarget, targetOrigin: string, message: TEmbedMessage): void {
  if (!isExactOrigin(targetOrigin)) throw new Error(`Not an exact origin: ${targetOrigin}`);
  target.postMessage(ZEmbedMessage.parse(message), targetOrigin);
}
