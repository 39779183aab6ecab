import { appEnv } from '@/lib/env/app-env';
import { createPrisma, type Db } from './create-prisma';

const holder = globalThis as typeof globalThis & { tillpointDb?: Db };

/** The web app's shared Prisma client (kept on globalThis so dev-mode reloads reuse the pool). */
export function db(): Db {
  holder.tillpointDb ??= createPrisma(appEnv().DATABASE_URL);
  return holder.tillpointDb;
}

/** Ends the shared client's pool (a test environment closing the database it pointed the app at). */
export async function closeDb(): Promise<void> {
  const client = holder.tillpointDb;
  holder.tillpointDb = undefined;
  await client?.$disconnect();
}
