import { apiError } from './api-error';

/**
 * A 400 for a path whose percent-encoding is not UTF-8 (`/c/%ED%A0%80`, `/c/%FF`): Next.js cannot decode
 * such a dynamic segment and would answer 500. Null when the path decodes.
 */
export function malformedPathResponse(pathname: string): Response | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const message = 'The URL path is not valid percent-encoded UTF-8.';
    if (pathname.startsWith('/api/')) {
      const error = apiError('parameter_invalid', message);
      return Response.json(error.toJSON(), { status: error.status });
    }
    return new Response(message, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
}
