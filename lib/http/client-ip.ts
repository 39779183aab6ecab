/**
 * The client's IP as the nearest proxy saw it: the rightmost X-Forwarded-For entry (Next.js fills the
 * header with the socket address when no proxy set it). Without a proxy that overwrites the header a
 * client can choose it, so per-key and per-session limits never depend on it alone.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? headers.get('x-real-ip') ?? 'unknown';
}
