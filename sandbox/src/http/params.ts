import type { FormObject, FormValue } from './form-body.js';
import { invalidRequest, parameterEmpty, parameterMissing, parameterUnknown } from './api-error.js';

/**
 * Typed reads of a request's params with Stripe's errors. Every read returns `undefined` when the
 * param is absent and `null` when it was sent empty (Stripe's "unset"); `required` turns those
 * into `parameter_missing` / `parameter_invalid_empty`.
 */
export class Params {
  constructor(
    readonly raw: FormObject,
    private readonly prefix = '',
  ) {}

  /** Rejects any key not listed, naming the first unknown one (`parameter_unknown`). */
  allowOnly(keys: readonly string[]): this {
    for (const key of Object.keys(this.raw)) {
      if (!keys.includes(key)) throw parameterUnknown(this.name(key));
    }
    return this;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.raw, key);
  }

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  private read(key: string, required: boolean): FormValue | null | undefined {
    if (!this.has(key)) {
      if (required) throw parameterMissing(this.name(key));
      return undefined;
    }
    const value = this.raw[key];
    if (value === '' || value === null || value === undefined) {
      if (required) throw parameterEmpty(this.name(key));
      return null;
    }
    return value;
  }

  string(key: string, opts: { required?: boolean; max?: number } = {}): string | null | undefined {
    const value = this.read(key, opts.required ?? false);
    if (value === null || value === undefined) return value;
    if (typeof value === 'object')
      throw invalidRequest(`Invalid string: ${this.name(key)} must be a string`, { param: this.name(key) });
    const text = String(value);
    if (opts.max && text.length > opts.max) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be at most ${opts.max} characters`, {
        param: this.name(key),
      });
    }
    return text;
  }

  integer(key: string, opts: { required?: boolean } = {}): number | null | undefined {
    const value = this.read(key, opts.required ?? false);
    if (value === null || value === undefined) return value;
    const text = typeof value === 'object' ? '' : String(value);
    if (!/^-?\d{1,15}$/.test(text)) {
      throw invalidRequest(`Invalid integer: ${typeof value === 'object' ? 'object' : text}`, {
        code: 'parameter_invalid_integer',
        param: this.name(key),
      });
    }
    return Number(text);
  }

  boolean(key: string, opts: { required?: boolean } = {}): boolean | null | undefined {
    const value = this.read(key, opts.required ?? false);
    if (value === null || value === undefined) return value;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw invalidRequest(`Invalid boolean: ${typeof value === 'object' ? 'object' : String(value)}`, {
      param: this.name(key),
    });
  }

  enumOf<T extends string>(key: string, values: readonly T[], opts: { required?: boolean } = {}): T | null | undefined {
    const value = this.string(key, opts);
    if (value === null || value === undefined) return value;
    if (!(values as readonly string[]).includes(value)) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be one of ${joinOr(values)}`, { param: this.name(key) });
    }
    return value as T;
  }

  /** Accepts `a[0]=x`, `a[]=x` and (for convenience) a single `a=x`. */
  stringArray(key: string, opts: { required?: boolean } = {}): string[] | null | undefined {
    const value = this.read(key, opts.required ?? false);
    if (value === null || value === undefined) return value;
    const items = Array.isArray(value) ? value : typeof value === 'object' ? Object.values(value) : [value];
    return items.flatMap((item, i) => {
      if (item === undefined || item === null || item === '') return [];
      if (typeof item === 'object') throw invalidRequest(`Invalid array`, { param: `${this.name(key)}[${i}]` });
      return [String(item)];
    });
  }

  /** A nested hash; `null` when sent empty. */
  object(key: string, opts: { required?: boolean } = {}): Params | null | undefined {
    const value = this.read(key, opts.required ?? false);
    if (value === null || value === undefined) return value;
    if (typeof value !== 'object') {
      throw invalidRequest(`Invalid object`, { param: this.name(key) });
    }
    const obj: FormObject = Array.isArray(value) ? Object.fromEntries(value.map((v, i) => [String(i), v])) : value;
    return new Params(obj, this.name(key));
  }

  /** Stripe metadata: ≤50 keys, key ≤40 chars, value ≤500 chars; empty value deletes a key. */
  metadata(key = 'metadata'): Record<string, string | null> | null | undefined {
    const nested = this.object(key);
    if (nested === null || nested === undefined) return nested;
    const entries = Object.entries(nested.raw);
    if (entries.length > 50) throw invalidRequest('Invalid metadata: metadata can have up to 50 keys', { param: key });
    const out: Record<string, string | null> = {};
    for (const [k, v] of entries) {
      if (k.length > 40)
        throw invalidRequest(`Invalid metadata: key "${k}" exceeds 40 characters`, { param: `${key}[${k}]` });
      if (typeof v === 'object' && v !== null)
        throw invalidRequest('Invalid metadata: values must be strings', { param: `${key}[${k}]` });
      const text = v === null ? '' : String(v);
      if (text.length > 500)
        throw invalidRequest(`Invalid metadata: value for "${k}" exceeds 500 characters`, { param: `${key}[${k}]` });
      out[k] = text === '' ? null : text;
    }
    return out;
  }
}

export function joinOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')}, or ${values[values.length - 1]}`;
}

/** Applies a metadata update: `null` clears everything, a `null` value deletes its key. */
export function mergeMetadata(
  current: Record<string, string>,
  update: Record<string, string | null> | null | undefined,
): Record<string, string> {
  if (update === undefined) return current;
  if (update === null) return {};
  const next = { ...current };
  for (const [k, v] of Object.entries(update)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next;
}
