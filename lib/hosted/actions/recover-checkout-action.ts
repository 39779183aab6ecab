'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { recoverSession } from '@/lib/sessions/recover-session';

const ZRecoverInput = z.object({ token: z.string().max(100) });

/**
 * The customer pressed "Continue" on a recovery page (a POST: link scanners that prefetch the GET never
 * get here). Goes to the new session, or back to the recovery page, which says why it cannot continue.
 */
export async function recoverCheckoutAction(form: FormData): Promise<never> {
  const parsed = ZRecoverInput.safeParse({ token: form.get('token') });
  const token = parsed.success ? parsed.data.token : '';
  const outcome = await recoverSession(db(), token);
  redirect(outcome.kind === 'recovered' ? `/c/${outcome.sessionId}` : `/recover/${encodeURIComponent(token)}`);
}
