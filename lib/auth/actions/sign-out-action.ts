'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/db';
import { SESSION_COOKIE, sessionCookieOptions } from '../session-cookie';
import { deleteUserSession } from '../user-sessions';

/** Ends this browser's session (server side too) and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteUserSession(db(), token);
  store.set(SESSION_COOKIE, '', { ...sessionCookieOptions(), maxAge: 0 });
  redirect('/dashboard/login');
}
