import pg from 'pg';
import { runningEmbeddedUrl } from '../../lib/db/embedded/running-embedded-url';
import { E2E } from './e2e-env';

/** Reads the e2e instance's embedded database (served by its launcher) to assert what was stored. */
export async function queryDb<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: runningEmbeddedUrl(E2E.dataDir) });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function paymentForSession(sessionId: string) {
  const rows = await queryDb<{
    id: string;
    status: string;
    stripe_payment_intent_id: string;
    last_error_code: string | null;
    three_d_secure_failure: string | null;
  }>(
    'SELECT id, status, stripe_payment_intent_id, last_error_code, three_d_secure_failure FROM payments WHERE session_id = $1',
    [sessionId],
  );
  return rows[0] ?? null;
}

export async function timelineSources(paymentId: string): Promise<{ to_status: string; source: string }[]> {
  return queryDb('SELECT to_status, source FROM payment_events WHERE payment_id = $1 ORDER BY created_at', [paymentId]);
}
