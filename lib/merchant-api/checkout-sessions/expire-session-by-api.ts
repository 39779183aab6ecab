import { expireSession } from '@/lib/sessions/expire-session';
import type { Db } from '@/lib/db/create-prisma';
import { apiError } from '../api-error';
import { ZEmptyBody } from '../schemas/empty-body';
import { serializeCheckoutSession } from '@/lib/objects/serialize';
import { findSession } from './find-session';

/** Expires an open session now, canceling its PaymentIntent the way the expiry job does. */
export async function expireSessionByApi(db: Db, merchantId: string, id: string, body: unknown, publicUrl: string) {
  ZEmptyBody.parse(body);
  const session = await findSession(db, merchantId, id);
  const outcome = session.status === 'open' ? await expireSession(db, session.id) : 'not_open';
  if (outcome === 'not_open')
    throw apiError(
      'invalid_state',
      `Only open checkout sessions can be expired; this one is ${session.status === 'open' ? 'no longer open' : session.status}.`,
    );
  if (outcome === 'payment_in_progress')
    throw apiError(
      'invalid_state',
      'This checkout session has a payment the processor is already handling; it cannot be expired.',
    );
  return serializeCheckoutSession(await findSession(db, merchantId, id), publicUrl);
}
