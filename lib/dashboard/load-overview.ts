import type { Db } from '@/lib/db/create-prisma';
import { IN_FLIGHT_STATUSES } from '@/lib/payments/payment-state';
import { addDays, lastUtcDays, startOfUtcDay } from './utc-days';

export const OVERVIEW_DAYS = 30;

export type CurrencyVolume = { currency: string; amount: number; count: number };

/** The numbers of one period. Rates are fractions (0–1), null when nothing was there to divide by. */
export type PeriodStats = {
  /** Payments created (a customer pressed Pay at least once). */
  attempted: number;
  succeeded: number;
  /** Attempted payments that have an outcome: succeeded, failed, or canceled. */
  withOutcome: number;
  /** Payments that were asked for 3-D Secure (went through `requires_action`). */
  challenged: number;
  /** Succeeded volume per currency, largest count first; currencies are never added together. */
  volumes: CurrencyVolume[];
  successRate: number | null;
  challengeRate: number | null;
};

export type Overview = {
  today: PeriodStats;
  last30Days: PeriodStats;
  /** The 30 UTC days, oldest first (`YYYY-MM-DD`). */
  days: string[];
  /** Succeeded volume per UTC day (aligned with `days`) for each currency with a succeeded payment. */
  dailyVolume: Record<string, number[]>;
};

type DayRow = {
  day: string;
  currency: string;
  attempted: number;
  succeeded: number;
  with_outcome: number;
  challenged: number;
  volume: bigint;
};

/**
 * The merchant's payment numbers for today and the last 30 days, grouped by UTC day and currency, in
 * one query over the `(merchant_id, created_at)` index. A payment counts on the day it was created.
 */
export async function loadOverview(db: Db, merchantId: string, now = new Date()): Promise<Overview> {
  const days = lastUtcDays(now, OVERVIEW_DAYS);
  const since = addDays(startOfUtcDay(now), 1 - OVERVIEW_DAYS);
  const rows = await db.$queryRaw<DayRow[]>`
    SELECT to_char(p.created_at, 'YYYY-MM-DD') AS day,
           p.currency,
           count(*)::int AS attempted,
           count(*) FILTER (WHERE p.status = 'succeeded')::int AS succeeded,
           count(*) FILTER (WHERE p.status::text <> ALL (${[...IN_FLIGHT_STATUSES]}))::int AS with_outcome,
           count(*) FILTER (WHERE p.status = 'requires_action' OR EXISTS (
             SELECT 1 FROM payment_events e WHERE e.payment_id = p.id AND e.to_status = 'requires_action'
           ))::int AS challenged,
           COALESCE(sum(p.amount) FILTER (WHERE p.status = 'succeeded'), 0)::bigint AS volume
    FROM payments p
    WHERE p.merchant_id = ${merchantId} AND p.created_at >= ${since} AND p.created_at < ${addDays(startOfUtcDay(now), 1)}
    GROUP BY 1, 2`;

  const today = days.at(-1)!;
  const dailyVolume: Record<string, number[]> = {};
  for (const row of rows) {
    // The same currencies as `volumes`: one with only zero-amount orders (a 100 % discount) still has its chart.
    if (row.succeeded === 0) continue;
    dailyVolume[row.currency] ??= days.map(() => 0);
    dailyVolume[row.currency]![days.indexOf(row.day)] = Number(row.volume);
  }
  return {
    today: periodStats(rows.filter((row) => row.day === today)),
    last30Days: periodStats(rows),
    days,
    dailyVolume,
  };
}

function periodStats(rows: DayRow[]): PeriodStats {
  const sum = (pick: (row: DayRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const attempted = sum((row) => row.attempted);
  const succeeded = sum((row) => row.succeeded);
  const withOutcome = sum((row) => row.with_outcome);
  const challenged = sum((row) => row.challenged);
  const byCurrency = new Map<string, CurrencyVolume>();
  for (const row of rows) {
    if (row.succeeded === 0) continue;
    const entry = byCurrency.get(row.currency) ?? { currency: row.currency, amount: 0, count: 0 };
    entry.amount += Number(row.volume);
    entry.count += row.succeeded;
    byCurrency.set(row.currency, entry);
  }
  const volumes = [...byCurrency.values()].sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
  return {
    attempted,
    succeeded,
    withOutcome,
    challenged,
    volumes,
    successRate: withOutcome ? succeeded / withOutcome : null,
    challengeRate: attempted ? challenged / attempted : null,
  };
}
