import { db } from '@/lib/db/db';
import { readReadiness } from '@/lib/observability/read-readiness';

export const dynamic = 'force-dynamic';

/** Readiness for a load balancer (503 until migrated and connected, and from SIGTERM on); /api/health stays liveness. */
export async function GET() {
  const readiness = await readReadiness(db());
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
