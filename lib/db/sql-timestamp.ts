/**
 * A Date as the text a raw query casts with `::timestamp` (never pass a Date to node-postgres directly:
 * it sends local time). Prisma keeps DateTime columns as UTC in
 * `timestamp(3)` (without time zone); casting an ISO string that way drops the `Z` and keeps the UTC
 * wall time, whatever the session's TimeZone, so raw writes read back exactly as Prisma's own.
 */
export function sqlTimestamp(date: Date): string {
  return date.toISOString();
}
