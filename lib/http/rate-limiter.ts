/** Token-bucket settings: `burst` tokens at most, refilled at `perSecond`. */
export type BucketOptions = { burst: number; perSecond: number };

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * An in-process token bucket per key. Limits therefore hold per server instance; several instances
 * each allow the full rate. Idle buckets are dropped so memory stays bounded by active clients.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: BucketOptions,
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string, now = Date.now(), cost = 1): TakeResult {
    const { burst, perSecond } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket); // re-insert: Map order becomes least-recently-used first
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.tokens) / perSecond)) };
  }

  /** Returns tokens taken for something that turned out not to count (never above the burst). */
  giveBack(key: string, cost = 1): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.options.burst, bucket.tokens + cost);
  }

  /** Drops the key's bucket: its next take starts from a full burst. */
  forget(key: string): void {
    this.buckets.delete(key);
  }
}
