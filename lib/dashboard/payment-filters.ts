import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { minorUnitDigits, SUPPORTED_CURRENCIES } from '@/lib/money/currencies';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { addDays } from './utc-days';
import { firstParam, type SearchParams } from './search-params';

/** The statuses a merchant filters by, in their words (several API statuses may fall under one). */
export const PAYMENT_FILTER_STATUSES = {
  succeeded: 'Succeeded',
  refunded: 'Refunded (all or part)',
  failed: 'Failed',
  requires_action: 'Waiting on customer',
  authorized: 'Authorized (to capture)',
  processing: 'Processing',
  canceled: 'Canceled',
  incomplete: 'Incomplete',
} as const;

export type PaymentFilterStatus = keyof typeof PAYMENT_FILTER_STATUSES;

/** Filters as typed in the list's form and kept in its address (amounts in major units, dates as UTC days). */
export type PaymentFilters = {
  status?: PaymentFilterStatus;
  from?: string;
  to?: string;
  email?: string;
  minAmount?: string;
  maxAmount?: string;
};

const ZStatus = z.enum(Object.keys(PAYMENT_FILTER_STATUSES) as [PaymentFilterStatus, ...PaymentFilterStatus[]]);
const ZDay = z.iso.date();
const ZEmail = z
  .string()
  .max(254)
  .regex(/^[^\u0000-\u001f]*$/);
// The format is the same for every currency; rounding accepts any number of decimals.
const ZMajorAmount = z.string().refine((value) => toMinorUnits(value, 'usd', 'down') !== null);

/**
 * Reads the list's filters from the query string. A value that does not parse is left out and
 * explained in `ignored` (never an error page), as are contradictory ranges.
 */
export function parsePaymentFilters(params: SearchParams, ignored: string[]): PaymentFilters {
  const filters: PaymentFilters = {};
  const take = <T>(name: string, schema: z.ZodType<T>, note: (value: string) => string): T | undefined => {
    const value = firstParam(params, name);
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    ignored.push(note(value));
    return undefined;
  };
  filters.status = take(
    'status',
    ZStatus,
    (v) => `“${v}” is not a payment status, so payments of every status are shown.`,
  );
  filters.from = take('from', ZDay, (v) => `“${v}” is not a date (YYYY-MM-DD), so the start date was ignored.`);
  filters.to = take('to', ZDay, (v) => `“${v}” is not a date (YYYY-MM-DD), so the end date was ignored.`);
  filters.email = take(
    'email',
    ZEmail,
    () => 'That is not part of an email address (too long, or with control characters), so it was ignored.',
  );
  filters.minAmount = take('min', ZMajorAmount, (v) => `“${v}” is not an amount, so the minimum amount was ignored.`);
  filters.maxAmount = take('max', ZMajorAmount, (v) => `“${v}” is not an amount, so the maximum amount was ignored.`);
  if (filters.from && filters.to && filters.from > filters.to) {
    ignored.push('The start date is after the end date, so both dates were ignored.');
    delete filters.from;
    delete filters.to;
  }
  if (
    filters.minAmount &&
    filters.maxAmount &&
    Number(filters.minAmount.replace(',', '.')) > Number(filters.maxAmount.replace(',', '.'))
  ) {
    ignored.push('The minimum amount is above the maximum, so both amounts were ignored.');
    delete filters.minAmount;
    delete filters.maxAmount;
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as PaymentFilters;
}

const STATUS_WHERE: Record<PaymentFilterStatus, Prisma.PaymentWhereInput> = {
  succeeded: { status: 'succeeded' },
  refunded: { status: 'succeeded', amountRefunded: { gt: 0 } },
  failed: { status: 'requires_payment_method', lastErrorCode: { not: null } },
  requires_action: { status: 'requires_action' },
  authorized: { status: 'requires_capture' },
  processing: { status: { in: ['processing', 'requires_confirmation'] } },
  canceled: { status: 'canceled' },
  incomplete: { status: 'requires_payment_method', lastErrorCode: null },
};

/** Currencies grouped by how many decimals their minor unit has (an amount typed in major units means a different number of minor units in each). */
const CURRENCIES_BY_DIGITS = [0, 2, 3].map((digits) => ({
  digits,
  currencies: SUPPORTED_CURRENCIES.filter((c) => minorUnitDigits(c) === digits),
}));

/** Prisma conditions for the filters, always within the merchant. Dates are whole UTC days, both ends included. */
export function paymentFilterWhere(merchantId: string, filters: PaymentFilters): Prisma.PaymentWhereInput {
  const and: Prisma.PaymentWhereInput[] = [{ merchantId }];
  if (filters.status) and.push(STATUS_WHERE[filters.status]);
  if (filters.from) and.push({ createdAt: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) and.push({ createdAt: { lt: addDays(new Date(`${filters.to}T00:00:00Z`), 1) } });
  if (filters.email) and.push({ session: { customerEmail: { contains: filters.email, mode: 'insensitive' } } });
  if (filters.minAmount || filters.maxAmount) {
    const { minAmount, maxAmount } = filters;
    and.push({
      OR: CURRENCIES_BY_DIGITS.map(({ currencies }) => ({
        currency: { in: currencies },
        amount: {
          ...(minAmount && { gte: toMinorUnits(minAmount, currencies[0]!, 'up')! }),
          ...(maxAmount && { lte: toMinorUnits(maxAmount, currencies[0]!, 'down')! }),
        },
      })),
    });
  }
  return { AND: and };
}

/** The query string of a filtered list (the names the form uses), optionally at a page position. */
export function paymentFilterQuery(filters: PaymentFilters, cursor?: { before: string } | { after: string }): string {
  const query = new URLSearchParams();
  const names: [keyof PaymentFilters, string][] = [
    ['status', 'status'],
    ['from', 'from'],
    ['to', 'to'],
    ['email', 'email'],
    ['minAmount', 'min'],
    ['maxAmount', 'max'],
  ];
  for (const [key, name] of names) if (filters[key]) query.set(name, filters[key]);
  if (cursor) for (const [name, value] of Object.entries(cursor)) query.set(name, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}
