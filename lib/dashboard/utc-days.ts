const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `date` falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** `YYYY-MM-DD` of a date in UTC. */
export function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `count` UTC days ending with today, oldest first, as `YYYY-MM-DD`. */
export function lastUtcDays(now: Date, count: number): string[] {
  const today = startOfUtcDay(now);
  return Array.from({ length: count }, (_, index) => utcDayKey(addDays(today, index - count + 1)));
}
