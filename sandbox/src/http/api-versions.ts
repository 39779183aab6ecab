import { API_VERSION } from '../config.js';
import { invalidRequest } from './api-error.js';

/**
 * Stripe API versions the sandbox accepts in a `Stripe-Version` header: the versions stripe-node's
 * changelog pins since v8, plus a few older dated ones. Any of them is echoed back; the response shape
 * stays the current version's (only the automatic-payment-methods default follows the version).
 */
export const KNOWN_API_VERSIONS: readonly string[] = [
  '2017-08-15',
  '2018-02-28',
  '2018-05-21',
  '2018-09-24',
  '2018-11-08',
  '2019-02-19',
  '2019-05-16',
  '2019-08-14',
  '2019-09-09',
  '2019-10-08',
  '2019-10-17',
  '2019-11-05',
  '2019-12-03',
  '2020-03-02',
  '2020-08-27',
  '2022-08-01',
  '2022-11-15',
  '2023-08-16',
  '2023-10-16',
  '2024-04-10',
  '2024-06-20',
  '2024-09-30.acacia',
  '2024-10-28.acacia',
  '2024-11-20.acacia',
  '2024-12-18.acacia',
  '2025-01-27.acacia',
  '2025-02-24.acacia',
  '2025-03-31.basil',
  '2025-04-30.basil',
  '2025-05-28.basil',
  '2025-06-30.basil',
  '2025-07-30.basil',
  '2025-08-27.basil',
  '2025-09-30.clover',
  '2025-10-29.clover',
  '2025-11-17.clover',
  '2025-12-15.clover',
  '2026-01-28.clover',
  '2026-02-25.clover',
  '2026-03-25.dahlia',
  '2026-04-22.dahlia',
  '2026-05-27.dahlia',
  '2026-06-24.dahlia',
  '2026-07-29.dahlia',
  '2026-08-26.dahlia',
  '2026-09-30.endive',
  API_VERSION,
];

/** The version a request asked for (the header), or the sandbox's own; 400 like Stripe for any other. */
export function readApiVersion(header: string | string[] | undefined): string {
  if (header === undefined || header === '') return API_VERSION;
  const version = Array.isArray(header) ? header.join(',') : header.trim();
  if (!KNOWN_API_VERSIONS.includes(version)) {
    throw invalidRequest(
      `Invalid Stripe API version: ${version}. Pass a version such as ${API_VERSION}, or omit the Stripe-Version header to use your account's default.`,
    );
  }
  return version;
}

/** Whether `version` is `since` or newer (versions sort by their date prefix). */
export function apiVersionAtLeast(version: string, since: string): boolean {
  return version.slice(0, 10) >= since.slice(0, 10);
}
