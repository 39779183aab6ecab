import type { TakeResult } from '@/lib/http/rate-limiter';

/** What every limit needs: the shared limiter in the server, an in-process bucket in unit tests. */
export type Limiter = {
  take(key: string, now?: number, cost?: number): TakeResult | Promise<TakeResult>;
  giveBack(key: string, cost?: number): void | Promise<void>;
  forget(key: string): void | Promise<void>;
};
