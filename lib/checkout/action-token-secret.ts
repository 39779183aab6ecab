import 'server-only';
import { createHmac } from 'node:crypto';
import { appEnv } from '@/lib/env/app-env';

/** The key action tokens are signed with, derived from the Stripe secret key (stable across restarts, never shown). */
export function actionTokenSecret(): string {
  return createHmac('sha256', appEnv().STRIPE_SECRET_KEY).update('tillpoint action-url token v1').digest('hex');
}
