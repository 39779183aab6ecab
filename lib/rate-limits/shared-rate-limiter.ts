import { createHash } from 'node:crypto';
import { db } from '@/lib/db/db';
import { RateLimiter, type BucketOptions, type TakeResult } from '@/lib/http/rate-limiter';
import { errorMessage, logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { forgetSharedKey, returnSharedToken, takeSharedToken } from './shared-bucket';

/** The limit's name and the key, hashed when long (an e-mail address with an IP) to fit the table's 255 characters. */
function storeKey(name: string, key: string): string {
  const full = `${name}:${key}`;
  return full.length <= 160 ? full : `${name}:sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * A limit that holds across every instance on the database. In front, this process's token bucket
 * answers a flood without a query; behind it, the same bucket kept in PostgreSQL (lib/rate-limits/
 * shared-bucket.ts) decides for all instances together, so N instances let through at most the burst
 * plus its refill. Should the database not answer, the in-process bucket alone decides (and a line is
 * logged): a page that cannot reach the database fails anyway, and a refusal must not come from an outage.
 */
export class SharedRateLimiter {
  private readonly local: RateLimiter;

  constructor(
    private readonly name: string,
    private readonly options: BucketOptions,
  ) {
    this.local = new RateLimiter(options);
  }

  async take(key: string, now = Date.now(), cost = 1): Promise<TakeResult> {
    const local = this.local.take(key, now, cost);
    if (!local.allowed) return this.refused(local);
    try {
      const shared = await takeSharedToken(db().pool, storeKey(this.name, key), this.options, cost);
      if (shared.allowed) return shared;
      this.local.giveBack(key, cost);
      return this.refused(shared);
    } catch (error) {
      logger().warn(
        { limit: this.name, err: errorMessage(error) },
        'shared rate limit unavailable; per-instance limit only',
      );
      return local;
    }
  }

  /** Returns what `take` counted for something that turned out not to count. */
  async giveBack(key: string, cost = 1): Promise<void> {
    this.local.giveBack(key, cost);
    await returnSharedToken(db().pool, storeKey(this.name, key), this.options.perSecond, cost).catch(() => undefined);
  }

  /** Starts the key afresh in the shared bucket and in this instance's (e.g. after a successful sign-in). */
  async forget(key: string): Promise<void> {
    this.local.forget(key);
    await forgetSharedKey(db().pool, storeKey(this.name, key)).catch(() => undefined);
  }

  private refused(result: TakeResult): TakeResult {
    metrics().rateLimitRefusals.inc({ limit: this.name });
    return result;
  }
}
