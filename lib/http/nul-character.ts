/**
 * The dotted path of the first key or string holding U+0000, which PostgreSQL cannot store in text or
 * jsonb (it would fail as a server error), or null when there is none. `''` means the value itself.
 */
export function pathOfNulCharacter(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')].join('.');
    const found = pathOfNulCharacter(child, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
