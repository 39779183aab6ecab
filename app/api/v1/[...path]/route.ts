import { apiError } from '@/lib/merchant-api/api-error';

export const dynamic = 'force-dynamic';

/** Unknown /api/v1 paths answer in the API's JSON error shape rather than with the HTML 404 page. */
function unknownRoute(request: Request): Response {
  const error = apiError(
    'route_not_found',
    `Unrecognized request URL (${request.method}: ${new URL(request.url).pathname}).`,
  );
  return Response.json(error.toJSON(), { status: error.status });
}

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
};
