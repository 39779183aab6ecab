import { Server as HttpServer, type IncomingMessage } from 'node:http';
import { Server as HttpsServer } from 'node:https';

/** The header that carries the connecting socket's address to route handlers and server actions. */
export const PEER_HEADER = 'x-tillpoint-peer';

const holder = globalThis as typeof globalThis & { tillpointPeerHeader?: boolean };

/**
 * Next.js hands route handlers and server actions the request headers but never the socket, and it
 * keeps a client-sent X-Forwarded-For as is. So before any server of this process sees a request,
 * its socket address is written into PEER_HEADER, replacing whatever the client sent under that name.
 */
export function installPeerHeader(): void {
  if (holder.tillpointPeerHeader) return;
  for (const { prototype } of [HttpServer, HttpsServer]) {
    const emit = prototype.emit;
    prototype.emit = function emitWithPeer(this: unknown, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request') {
        const request = args[0] as IncomingMessage;
        request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    };
  }
  holder.tillpointPeerHeader = true;
}

/** The connecting socket's address, or null when no installed hook vouches for the header. */
export function socketPeer(headers: Pick<Headers, 'get'>): string | null {
  if (!holder.tillpointPeerHeader) return null;
  return headers.get(PEER_HEADER) || null;
}
