import { isObjectId } from '@/lib/ids/object-ids';

/** The two kinds of page under `/embed/<sessionId>`: the checkout itself and its 3-D Secure return page. */
export type EmbedRoute = { sessionId: string; kind: 'checkout' | 'challenge-return' };

/** Which embed page a path names, or null for any other path. */
export function parseEmbedPath(pathname: string): EmbedRoute | null {
  const match = /^\/embed\/([^/]+)(\/complete)?\/?$/.exec(pathname);
  if (!match || !isObjectId('checkout_session', match[1])) return null;
  return { sessionId: match[1]!, kind: match[2] ? 'challenge-return' : 'checkout' };
}

/**
 * Response headers of an embed page. The checkout may be framed by the session's embed origin only;
 * its 3-D Secure return page only inside that checkout (browsers check every ancestor, so the
 * merchant's origin is listed next to Tillpoint's own). Without an allowed origin nobody may frame it.
 */
export function embedSecurityHeaders(origin: string | null, kind: EmbedRoute['kind']): Record<string, string> {
  if (!origin) return { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
  if (kind === 'challenge-return') return { 'Content-Security-Policy': `frame-ancestors 'self' ${origin}` };
  return { 'Content-Security-Policy': `frame-ancestors ${origin}`, 'Permissions-Policy': `payment=(self "${origin}")` };
}
