import { timingSafeEqual } from 'node:crypto';
import type { Db } from '@/lib/db/create-prisma';
import { metrics } from './metrics';

function sameToken(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The Prometheus text for a scrape that presents `Authorization: Bearer <METRICS_TOKEN>`: 404 while no
 * token is configured (the endpoint does not exist), 401 for a missing or wrong token.
 */
export async function metricsResponse(db: Db, authorization: string | null, token: string | undefined) {
  if (!token) return new Response('Not found', { status: 404 });
  const presented = authorization?.match(/^Bearer (.+)$/)?.[1] ?? '';
  if (!sameToken(presented, token))
    return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  const all = metrics();
  const { rows } = await db.pool.query<{ pending: string; age: number | null }>(
    `SELECT count(*) AS pending, extract(epoch FROM (now() AT TIME ZONE 'UTC') - min(created_at))::float8 AS age
       FROM webhook_deliveries WHERE status = 'pending'`,
  );
  all.merchantWebhookBacklog.set({ measure: 'pending' }, Number(rows[0]?.pending ?? 0));
  all.merchantWebhookBacklog.set({ measure: 'oldest_age_seconds' }, rows[0]?.age ?? 0);
  return new Response(await all.registry.metrics(), {
    headers: { 'Content-Type': all.registry.contentType, 'Cache-Control': 'no-store' },
  });
}
