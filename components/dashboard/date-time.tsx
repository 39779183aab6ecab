const SHORT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const FULL = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hourCycle: 'h23',
});

/** A moment as "Dec 2, 2026, 14:03 UTC", with the exact timestamp in `title` and `dateTime`. */
export function DateTime({ value, className }: { value: Date; className?: string }) {
  return (
    <time dateTime={value.toISOString()} title={`${FULL.format(value)} UTC`} className={className}>
      {SHORT.format(value)} UTC
    </time>
  );
}
