import { appEnv } from '@/lib/env/app-env';
import { buildOpenApiDocument } from '@/lib/merchant-api/openapi-document';

export const dynamic = 'force-dynamic';

/** The OpenAPI 3.1 document of the merchant API (public: it holds no data). */
export function GET() {
  return Response.json(buildOpenApiDocument(appEnv().TILLPOINT_PUBLIC_URL), {
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
}
