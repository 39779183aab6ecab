import { z } from 'zod';
import { ZLocale } from '@/lib/sessions/checkout-schemas';

/** What a shared link's query string may fill in for the customer. */
export type LinkPrefill = { email?: string; locale?: string; clientReferenceId?: string };

/** The query (and form) parameter names, as Stripe's payment links spell them. */
export const PREFILL_PARAMS = {
  email: 'prefilled_email',
  locale: 'locale',
  clientReferenceId: 'client_reference_id',
} as const;

const ZPrefillEmail = z.email().max(254);
const ZPrefillLocale = ZLocale.max(35).refine((value) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
});
/** Anyone can craft a link's query string, so a reference is kept to letters, digits, `-` and `_`. */
const ZPrefillReference = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

/**
 * Reads the prefill from a query string or a submitted form. Each value is validated on its own and a
 * bad one is dropped silently: a mistyped link still works, just without that prefill.
 */
export function parseLinkPrefill(get: (name: string) => unknown): LinkPrefill {
  const pick = <T>(schema: z.ZodType<T>, name: string): T | undefined => {
    const value = get(name);
    const parsed = schema.safeParse(typeof value === 'string' ? value.trim() : undefined);
    return parsed.success ? parsed.data : undefined;
  };
  const prefill: LinkPrefill = {
    email: pick(ZPrefillEmail, PREFILL_PARAMS.email),
    locale: pick(ZPrefillLocale, PREFILL_PARAMS.locale),
    clientReferenceId: pick(ZPrefillReference, PREFILL_PARAMS.clientReferenceId),
  };
  return Object.fromEntries(Object.entries(prefill).filter(([, value]) => value !== undefined)) as LinkPrefill;
}

/** The prefill as query/form parameters, to carry it from the link page through the POST and back. */
export function prefillParams(prefill: LinkPrefill): [string, string][] {
  return (Object.keys(PREFILL_PARAMS) as (keyof LinkPrefill)[]).flatMap((key) =>
    prefill[key] ? [[PREFILL_PARAMS[key], prefill[key]!] as [string, string]] : [],
  );
}
