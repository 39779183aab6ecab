'use client';

import { useEffect, useState } from 'react';

type Style = { dateStyle: 'medium'; timeStyle: 'short' | 'medium' };

const inUtc = (date: Date, style: Style) =>
  `${new Intl.DateTimeFormat('en-US', { ...style, timeZone: 'UTC' }).format(date)} UTC`;
const inLocal = (date: Date, style: Style) => new Intl.DateTimeFormat(undefined, style).format(date);

/**
 * A moment in the reader's own time zone and locale, to the second when `seconds`. The server's render
 * (and so the first one in the browser) says UTC until the browser takes over.
 */
export function LocalTime({ unix, seconds = false }: { unix: number; seconds?: boolean }) {
  const style: Style = { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' };
  const iso = new Date(unix * 1000).toISOString();
  const [text, setText] = useState(() => inUtc(new Date(unix * 1000), style));
  useEffect(
    () => setText(inLocal(new Date(unix * 1000), { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' })),
    [unix, seconds],
  );
  return (
    <time dateTime={iso} title={iso}>
      {text}
    </time>
  );
}
