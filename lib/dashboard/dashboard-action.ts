import { logger } from '@/lib/observability/logger';
import 'server-only';
import { ZodError, type z } from 'zod';
import { requireDashboardUser, type DashboardUser } from '@/lib/auth/current-user';
import { findInputProblem } from '@/lib/http/input-problem';
import { DomainError } from '@/lib/core/domain-error';
import { zodToDomainError } from '@/lib/core/zod-to-domain-error';
import { toApiError } from '@/lib/merchant-api/api-error';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; param: string | null };

export type DashboardContext = DashboardUser & { merchantId: string };

/**
 * Wraps a dashboard server action: the signed-in user's merchant becomes `ctx.merchantId` (a signed-out
 * caller is sent to sign in), the input is parsed with `schema`, and domain errors (API errors, zod
 * errors) come back as a message and the field at fault rather than as an exception.
 */
export function dashboardAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, ctx: DashboardContext) => Promise<T>,
) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const user = await requireDashboardUser();
    const problem = findInputProblem(input);
    if (problem !== null) return { ok: false, error: problem.message, param: problem.param || null };
    try {
      return { ok: true, data: await run(schema.parse(input), { ...user, merchantId: user.merchant.id }) };
    } catch (error) {
      const refusal = error instanceof DomainError ? error : error instanceof ZodError ? zodToDomainError(error) : null;
      // The API's code table decides what is the caller's fault (shown) and what is ours (logged).
      const apiError = refusal && toApiError(refusal);
      if (apiError && apiError.status < 500)
        return { ok: false, error: apiError.message, param: apiError.param ?? null };
      logger().error(
        { err: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
        'dashboard action failed',
      );
      return { ok: false, error: 'Something went wrong on our side. Try again in a moment.', param: null };
    }
  };
}
