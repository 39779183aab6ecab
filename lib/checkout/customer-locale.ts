/** The locale to format money in: the session's, else the browser's first Accept-Language, else en-US. */
export function customerLocale(sessionLocale: string | null, acceptLanguage: string | null): string {
  const candidates = [sessionLocale, acceptLanguage?.split(',')[0]?.split(';')[0]?.trim()];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
    } catch {
      // not a valid tag: try the next
    }
  }
  return 'en-US';
}
