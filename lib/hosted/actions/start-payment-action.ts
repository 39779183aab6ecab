'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { collectCustomerDetails } from '@/lib/customer-details/collect-customer-details';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { clientIp } from '@/lib/http/client-ip';
import { zObjectId } from '@/lib/ids/object-id-schema';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { startGuardedPayment } from '@/lib/checkout/start-guarded-payment';
import { invalidDetailsStep, invalidInputStep } from './customer-input-refusal';
import { unexpectedFailure } from './unexpected-failure';

const ZStartPaymentInput = z.object({
  sessionId: zObjectId('checkout_session'),
  paymentMethodId: z.string().regex(/^pm_\w{1,100}$/),
  email: z.email().max(254),
  /** The checkout's own fields (name, phone, addresses), by form field name; validated against the session's options. */
  details: z.record(z.string().max(40), z.string().max(500)).default({}),
});

/** The customer pressed Pay with a card the payment provider tokenised in its own frame (card-testing limits apply). */
export async function startPaymentAction(input: unknown): Promise<PaymentStep> {
  const parsed = ZStartPaymentInput.safeParse(input);
  if (!parsed.success) return invalidInputStep(parsed.error);
  const ip = clientIp(await headers());
  try {
    const problems = await collectCustomerDetails(db(), parsed.data.sessionId, parsed.data.details);
    if (problems) return invalidDetailsStep(problems);
    return await startGuardedPayment(db(), parsed.data, ip, appEnv().TILLPOINT_PUBLIC_URL);
  } catch (error) {
    return unexpectedFailure('start-payment', error);
  }
}
