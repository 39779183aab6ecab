import { checkDatabase } from '@/lib/db/check-database';
import { db } from '@/lib/db/db';

export const dynamic = 'force-dynamic';

export async function GET() {
  const databaseUp = await checkDatabase(db());
  return Response.json(
    { status: databaseUp ? 'ok' : 'unavailable', database: databaseUp ? 'ok' : 'unreachable' },
    { status: databaseUp ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
