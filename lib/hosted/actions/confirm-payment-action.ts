'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { clientIp } from '@/lib/http/client-ip';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { confirmAfterThreeDSecure } from '@/lib/checkout/confirm-after-three-d-secure';
import { limitPaymentAttempt } from '@/lib/checkout/payment-rate-limits';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { unexpectedFailure } from './unexpected-failure';

const ZConfirmPaymentInput = z.object({ paymentId: zObjectId('payment') });

/** After 3DS (modal, or the redirect back to /return): the server confirms the PaymentIntent again. */
export async function confirmPaymentAction(input: unknown): Promise<PaymentStep> {
  const parsed = ZConfirmPaymentInput.safeParse(input);
  if (!parsed.success) return { kind: 'unavailable', reason: 'not_found', message: 'This payment does not exist.' };
  const limited = await limitPaymentAttempt(parsed.data.paymentId, clientIp(await headers()));
  if (limited) return limited;
  try {
    return await confirmAfterThreeDSecure(db(), parsed.data.paymentId, appEnv().TILLPOINT_PUBLIC_URL);
  } catch (error) {
    return unexpectedFailure('confirm-payment', error);
  }
}
