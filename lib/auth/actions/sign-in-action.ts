'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/db';
import { clientIp } from '@/lib/http/client-ip';
import { limitLoginAttempt } from '../login-rate-limits';
import { SESSION_COOKIE, sessionCookieOptions } from '../session-cookie';
import { signIn } from '../sign-in';

export type SignInState = { error: string | null; email: string };

/** The sign-in form: rate-limited per IP and per email; one message for every wrong combination. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const password = String(formData.get('password') ?? '');
  if (!email || !password) return { error: 'Enter your email and password.', email };
  const wait = limitLoginAttempt(clientIp(await headers()), email);
  if (wait !== null) return { error: `Too many sign-in attempts. Wait ${wait} seconds and try again.`, email };
  const session = await signIn(db(), email, password);
  if (!session) return { error: 'That email and password do not match an account.', email };
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions());
  redirect('/dashboard');
}
