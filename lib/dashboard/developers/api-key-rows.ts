import type { Db } from '@/lib/db/create-prisma';
import { listApiKeys } from '@/lib/merchant-api/api-keys/list-api-keys';

export type ApiKeyRow = {
  id: string;
  name: string | null;
  prefix: string;
  created: number;
  lastUsed: number | null;
  /** `expiring`: rolled with a grace period, still working until `revokedAt`. */
  status: 'active' | 'expiring' | 'revoked';
  revokedAt: number | null;
};

/** The merchant's keys as the Developers page lists them: working ones first, then the newest 100 in all. */
export async function apiKeyRows(db: Db, merchantId: string, now = new Date()): Promise<ApiKeyRow[]> {
  const nowUnix = now.getTime() / 1000;
  const { data } = await listApiKeys(db, merchantId, { limit: 100 });
  const rows = data.map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    created: key.created!,
    lastUsed: key.last_used,
    revokedAt: key.revoked_at,
    status:
      key.revoked_at === null
        ? ('active' as const)
        : key.revoked_at > nowUnix
          ? ('expiring' as const)
          : ('revoked' as const),
  }));
  return [...rows.filter((row) => row.status !== 'revoked'), ...rows.filter((row) => row.status === 'revoked')];
}
