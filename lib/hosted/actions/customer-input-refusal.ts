import type { z } from 'zod';
import type { PaymentStep } from '@/lib/checkout/payment-step';

/** A checkout form the server could not parse: says whether the email was the problem. */
export function invalidInputStep(error: z.ZodError): PaymentStep {
  const emailProblem = error.issues.some((issue) => issue.path[0] === 'email');
  return {
    kind: 'failed',
    paymentId: null,
    code: 'invalid_input',
    message: emailProblem ? 'Enter a valid email address.' : 'Check your details and try again.',
  };
}

/** The checkout's own fields were refused: each message goes beside its field, nothing was charged. */
export function invalidDetailsStep(fieldErrors: Record<string, string>): PaymentStep {
  return {
    kind: 'failed',
    paymentId: null,
    code: 'invalid_details',
    message: 'Check the highlighted details.',
    fieldErrors,
  };
}
