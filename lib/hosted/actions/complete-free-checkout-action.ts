'use server';

import { z } from 'zod';
import { completeFreeCheckout } from '@/lib/checkout/complete-free-checkout';
import type { PaymentStep } from '@/lib/checkout/payment-step';
import { collectCustomerDetails } from '@/lib/customer-details/collect-customer-details';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { invalidDetailsStep, invalidInputStep } from './customer-input-refusal';
import { unexpectedFailure } from './unexpected-failure';

const ZInput = z.object({
  sessionId: zObjectId('checkout_session'),
  email: z.email().max(254),
  /** The checkout's own fields, validated against the session's options as for a card payment. */
  details: z.record(z.string().max(40), z.string().max(500)).default({}),
});

/** The customer confirms a checkout whose discount covers everything: no card, the server records it as paid. */
export async function completeFreeCheckoutAction(input: unknown): Promise<PaymentStep> {
  const parsed = ZInput.safeParse(input);
  if (!parsed.success) return invalidInputStep(parsed.error);
  try {
    const problems = await collectCustomerDetails(db(), parsed.data.sessionId, parsed.data.details);
    if (problems) return invalidDetailsStep(problems);
    return await completeFreeCheckout(db(), parsed.data, appEnv().TILLPOINT_PUBLIC_URL);
  } catch (error) {
    return unexpectedFailure('complete-free-checkout', error);
  }
}
