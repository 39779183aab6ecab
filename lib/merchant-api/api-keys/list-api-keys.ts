import type { Db } from '@/lib/db/create-prisma';
import { checkCursors, pageArgs, toList, ZListParams } from '@/lib/objects/pagination';
import { serializeApiKey } from '@/lib/objects/serialize';

/** The merchant's keys (prefix, created, last used, revoked), newest first; never the secrets. */
export async function listApiKeys(db: Db, merchantId: string, query: unknown) {
  const params = ZListParams.parse(query);
  await checkCursors(params, 'api_key', (id) =>
    db.apiKey.findFirst({ where: { id, merchantId }, select: { id: true } }),
  );
  const rows = await db.apiKey.findMany({ where: { merchantId }, ...pageArgs(params) });
  return toList(rows, params, '/api/v1/api_keys', (row) => serializeApiKey(row));
}
