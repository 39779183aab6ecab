import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db/db';
import { embedSecurityHeaders, parseEmbedPath } from '@/lib/embed/embed-security-headers';
import { findEmbedOrigin } from '@/lib/embed/find-embed-origin';
import { malformedPathResponse } from '@/lib/merchant-api/malformed-path-response';

/**
 * A path that is not valid percent-encoded UTF-8 is a 400 here, before Next.js fails to decode a dynamic
 * segment of it. Framing policy of the embedded checkout: each `/embed/<session>` page may be
 * framed only by that session's embed origin (looked up per request; Proxy runs on the Node.js runtime).
 * next.config.js makes every other page refuse framing.
 */
export async function proxy(request: NextRequest) {
  const malformed = malformedPathResponse(request.nextUrl.pathname);
  if (malformed) return malformed;
  const route = parseEmbedPath(request.nextUrl.pathname);
  // next.config.js refuses framing everywhere but under /embed/, which is decided here.
  if (!request.nextUrl.pathname.startsWith('/embed/')) return NextResponse.next();
  // Fails closed: without the database nobody may frame the checkout.
  const origin = route
    ? await findEmbedOrigin(db(), route.sessionId).catch((error: unknown) => {
        console.error(
          `[embed] framing policy lookup failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        return null;
      })
    : null;
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(embedSecurityHeaders(origin, route?.kind ?? 'checkout')))
    response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path but static assets, the API's hot path (session create, measured in bench/) and the Stripe
  // webhook (a fixed path whose unauthenticated body must stream to its 1 MB cap: Next.js buffers the
  // body of a request a proxy sees): a dynamic segment anywhere else may arrive malformed.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/bench/|api/v1/checkout/sessions$|api/stripe/webhook$).*)'],
};
