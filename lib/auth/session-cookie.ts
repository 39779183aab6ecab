import { appEnv } from '@/lib/env/app-env';
import { isLocalHost } from '@/lib/http/local-hosts';
import { SESSION_MAX_AGE_SECONDS } from './user-sessions';

export const SESSION_COOKIE = 'tillpoint_session';

/**
 * httpOnly, SameSite=Lax, limited to the dashboard, and Secure whenever the public URL is https or a
 * local host (browsers accept Secure cookies on http://localhost).
 */
export function sessionCookieOptions() {
  const url = new URL(appEnv().TILLPOINT_PUBLIC_URL);
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: url.protocol === 'https:' || isLocalHost(url.hostname),
    path: '/dashboard',
    maxAge: SESSION_MAX_AGE_SECONDS,
  };
}
