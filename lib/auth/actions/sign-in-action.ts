'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/db';
import { clientIp } from '@/lib/http/client-ip';
import { ConcurrencyLimitBusy } from '../concurrency-limit';
import { forgiveLoginAttempts, limitLoginAttempt } from '../login-rate-limits';
import { SESSION_COOKIE, sessionCookieOptions } from '../session-cookie';
import { signIn } from '../sign-in';

export type SignInState = { error: string | null; email: string };

/** The sign-in form: rate-limited per client IP and per email from that IP (failures count); one message for every wrong combination. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const password = String(formData.get('password') ?? '');
  if (!email || !password) return { error: 'Enter your email and password.', email };
  const ip = clientIp(await headers());
  const wait = await limitLoginAttempt(ip, email);
  if (wait !== null) return { error: `Too many sign-in attempts. Wait ${wait} seconds and try again.`, email };
  const session = await signIn(db(), email, password).catch((error: unknown) => {
    if (error instanceof ConcurrencyLimitBusy) return 'busy' as const;
    throw error;
  });
  if (session === 'busy')
    return { error: 'Too many people are signing in right now. Try again in a few seconds.', email };
  if (!session) return { error: 'That email and password do not match an account.', email };
  await forgiveLoginAttempts(ip, email);
  (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions());
  redirect('/dashboard');
}
