/**
 * Whether a value from a URL or a form can be one of Tillpoint's object ids (`pay_...`, `cs_...`).
 * Anything else, a NUL character included (PostgreSQL refuses those), is "not found" without a query.
 */
export function looksLikeId(value: string): boolean {
  return /^[A-Za-z0-9_]{1,100}$/.test(value);
}
