/**
 * Stripe v1 form bodies: `a[b]=1`, `expand[0]=x`, `a[]=x`. An empty value stays the empty string
 * (Stripe's "unset"); params.ts gives it meaning. Values are strings, or typed when JSON came in.
 */
export type FormValue = string | number | boolean | null | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

const MAX_DEPTH = 8;

/** Parses `application/x-www-form-urlencoded` text into a nested object. */
export function parseForm(text: string): FormObject {
  const root: FormObject = {};
  if (!text) return root;
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = decode(rawKey);
    if (!key) continue;
    assign(root, splitKey(key), decode(rawValue));
  }
  return root;
}

function decode(s: string): string {
  const plain = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plain);
  } catch {
    return plain;
  }
}

/** `a[b][0]` → ['a', 'b', '0']; `a[]` → ['a', '']. Text after a malformed bracket stays literal. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  let rest = key.slice(open);
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) break;
    parts.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  if (rest) parts[parts.length - 1] += rest;
  return parts.slice(0, MAX_DEPTH);
}

const isIndex = (segment: string) => segment === '' || /^\d{1,4}$/.test(segment);

function assign(container: FormObject | FormValue[], path: string[], value: string): void {
  const [head, ...tail] = path;
  if (head === undefined) return;
  if (tail.length === 0) {
    setChild(container, head, value);
    return;
  }
  const nextIsArray = isIndex(tail[0] ?? '');
  let child = getChild(container, head);
  if (child === undefined || typeof child !== 'object' || child === null || Array.isArray(child) !== nextIsArray) {
    child = nextIsArray ? [] : {};
    setChild(container, head, child);
  }
  assign(child as FormObject | FormValue[], tail, value);
}

function getChild(container: FormObject | FormValue[], key: string): FormValue | undefined {
  if (Array.isArray(container)) return key === '' ? undefined : container[Number(key)];
  return Object.hasOwn(container, key) ? container[key] : undefined;
}

function setChild(container: FormObject | FormValue[], key: string, value: FormValue): void {
  if (Array.isArray(container)) {
    if (key === '') container.push(value);
    else container[Number(key)] = value;
    return;
  }
  if (key === '__proto__') return;
  container[key] = value;
}
