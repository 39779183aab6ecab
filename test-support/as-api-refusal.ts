import { DomainError } from '@/lib/core/domain-error';
import { toApiError } from '@/lib/merchant-api/api-error';

/** A domain call whose refusal is seen as the merchant API shows it: status and type from the API's code table. */
export function asApiRefusal<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    throw error instanceof DomainError ? toApiError(error) : error;
  });
}
