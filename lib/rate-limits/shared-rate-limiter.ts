import { createHash } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimiter, type BucketOptions, type TakeResult } from '@/lib/http/rate-limiter';
import { errorMessage, logger } from '@/lib/observability/logger';
import { metrics } from '@/lib/observability/metrics';
import { sharedWindow } from './rate-limit-store';

/** Longer keys (an e-mail address with an IP) are hashed to fit the store's 255 characters. */
function storeKey(key: string): string {
  return key.length <= 160 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * A limit that holds across every instance on the database. In front, this process's token bucket
 * answers at once (and keeps today's exact refill within one instance); behind it, a PostgreSQL window
 * of `burst` points per `burst / perSecond` seconds, shared by all instances (rate-limiter-flexible),
 * so N instances together let through at most the burst plus its refill. Should the database not
 * answer, the in-process bucket alone decides (and a line is logged): a page that cannot reach the
 * database fails anyway, and a refusal must not come from an outage.
 */
export class SharedRateLimiter {
  private readonly local: RateLimiter;
  private readonly windowSeconds: number;

  constructor(
    private readonly name: string,
    private readonly options: BucketOptions,
  ) {
    this.local = new RateLimiter(options);
    this.windowSeconds = Math.max(1, Math.ceil(options.burst / options.perSecond));
  }

  async take(key: string, now = Date.now(), cost = 1): Promise<TakeResult> {
    const local = this.local.take(key, now, cost);
    if (!local.allowed) return this.refused(local);
    try {
      const window = await this.window();
      await window.consume(storeKey(key), cost);
      return local;
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        // A refused take counts nowhere, as with a token bucket: undo the window's increment and the local take.
        await this.window()
          .then((window) => window.reward(storeKey(key), cost))
          .catch(() => undefined);
        this.local.giveBack(key, cost);
        return this.refused({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) });
      }
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
    const window = await this.window().catch(() => null);
    await window?.reward(storeKey(key), cost).catch(() => undefined);
  }

  /** Starts the key afresh in the shared window and in this instance's bucket (e.g. after a successful sign-in). */
  async forget(key: string): Promise<void> {
    this.local.forget(key);
    const window = await this.window().catch(() => null);
    await window?.delete(storeKey(key)).catch(() => undefined);
  }

  private window() {
    return sharedWindow(this.name, this.options.burst, this.windowSeconds);
  }

  private refused(result: TakeResult): TakeResult {
    metrics().rateLimitRefusals.inc({ limit: this.name });
    return result;
  }
}
