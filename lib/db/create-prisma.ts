import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

/** A Prisma client over node-postgres for `databaseUrl` (the embedded PGlite server or a real PostgreSQL). */
export function createPrisma(databaseUrl: string, maxConnections = 10): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: maxConnections }) });
}
