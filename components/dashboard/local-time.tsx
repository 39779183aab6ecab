'use client';

import { useSyncExternalStore } from 'react';

type Style = { dateStyle: 'medium'; timeStyle: 'short' | 'medium' };

const inUtc = (date: Date, style: Style) =>
  `${new Intl.DateTimeFormat('en-US', { ...style, timeZone: 'UTC' }).format(date)} UTC`;
const inLocal = (date: Date, style: Style) => new Intl.DateTimeFormat(undefined, style).format(date);
/** The reader's time zone and locale do not change while the page is open: nothing to subscribe to. */
const noChanges = () => () => {};

/**
 * A moment in the reader's own time zone and locale, to the second when `seconds`. The server's render
 * (and so hydration in the browser) says UTC; the browser then renders its own time.
 */
export function LocalTime({ unix, seconds = false }: { unix: number; seconds?: boolean }) {
  const style: Style = { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' };
  const date = new Date(unix * 1000);
  const iso = date.toISOString();
  const text = useSyncExternalStore(
    noChanges,
    () => inLocal(date, style),
    () => inUtc(date, style),
  );
  return (
    <time dateTime={iso} title={iso}>
      {text}
    </time>
  );
}
