'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { clientIp } from '@/lib/http/client-ip';
import { zObjectId } from '@/lib/ids/object-id-schema';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { startGuardedPayment } from '@/lib/checkout/start-guarded-payment';
import { unexpectedFailure } from './unexpected-failure';

const ZStartPaymentInput = z.object({
  sessionId: zObjectId('checkout_session'),
  paymentMethodId: z.string().regex(/^pm_\w{1,100}$/),
  email: z.email().max(254),
});

/** The customer pressed Pay with a card the payment provider tokenised in its own frame (card-testing limits apply). */
export async function startPaymentAction(input: unknown): Promise<PaymentStep> {
  const parsed = ZStartPaymentInput.safeParse(input);
  if (!parsed.success) {
    const emailProblem = parsed.error.issues.some((issue) => issue.path[0] === 'email');
    return {
      kind: 'failed',
      paymentId: null,
      code: 'invalid_input',
      message: emailProblem ? 'Enter a valid email address.' : 'Check your details and try again.',
    };
  }
  const ip = clientIp(await headers());
  try {
    return await startGuardedPayment(db(), parsed.data, ip, appEnv().TILLPOINT_PUBLIC_URL);
  } catch (error) {
    return unexpectedFailure('start-payment', error);
  }
}
