import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db/db';
import { SESSION_COOKIE } from './session-cookie';
import { findSessionUser } from './user-sessions';

/** The signed-in dashboard user and their merchant for this request, or null (one lookup per request). */
export const getDashboardUser = cache(async () => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findSessionUser(db(), token) : null;
});

export type DashboardUser = NonNullable<Awaited<ReturnType<typeof getDashboardUser>>>;

/** Every dashboard page and action starts here: the user and merchant, or a redirect to sign in. */
export async function requireDashboardUser(): Promise<DashboardUser> {
  const current = await getDashboardUser();
  if (!current) redirect('/dashboard/login');
  return current;
}
