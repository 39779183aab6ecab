import { appEnv } from '@/lib/env/app-env';
import type { Limiter } from '@/lib/rate-limits/limiter';
import { SharedRateLimiter } from '@/lib/rate-limits/shared-rate-limiter';
import type { PaymentStep } from './payment-step';

/** Who a card submission is charged to beyond its session and IP: its merchant, payment link and card. */
export type CardTestingSubject = { merchantId: string; paymentLinkId: string | null; cardFingerprint: string | null };

type Limiters = { perMerchant: Limiter; perLink: Limiter; perCard: Limiter };

const holder = globalThis as typeof globalThis & { tillpointCardTestingLimits?: Limiters };

function cardTestingLimiters(): Limiters {
  const env = appEnv();
  holder.tillpointCardTestingLimits ??= {
    perMerchant: new SharedRateLimiter('card-testing-merchant', {
      burst: env.PAYMENT_RATE_LIMIT_MERCHANT_BURST,
      perSecond: env.PAYMENT_RATE_LIMIT_MERCHANT_PER_MINUTE / 60,
    }),
    perLink: new SharedRateLimiter('card-testing-link', {
      burst: env.PAYMENT_RATE_LIMIT_LINK_BURST,
      perSecond: env.PAYMENT_RATE_LIMIT_LINK_PER_MINUTE / 60,
    }),
    perCard: new SharedRateLimiter('card-testing-card', {
      burst: env.PAYMENT_RATE_LIMIT_CARD_BURST,
      perSecond: env.PAYMENT_RATE_LIMIT_CARD_PER_MINUTE / 60,
    }),
  };
  return holder.tillpointCardTestingLimits;
}

/**
 * Against card testing spread over many sessions and addresses: each card submission takes a token
 * from its merchant's bucket, its payment link's and its card fingerprint's (given back unless the
 * attempt fails). Returns the failed step to show when one is empty, else null. Shared by every instance.
 */
export async function limitCardTesting(
  subject: CardTestingSubject,
  limiters: Limiters = cardTestingLimiters(),
  now = Date.now(),
): Promise<PaymentStep | null> {
  const keys: [Limiter, string][] = [
    [limiters.perMerchant, `merchant:${subject.merchantId}`],
    ...(subject.paymentLinkId ? [[limiters.perLink, `link:${subject.paymentLinkId}`] as [Limiter, string]] : []),
    ...(subject.cardFingerprint ? [[limiters.perCard, `card:${subject.cardFingerprint}`] as [Limiter, string]] : []),
  ];
  const results = await Promise.all(keys.map(([limiter, key]) => limiter.take(key, now)));
  const waits = results.flatMap((result) => (result.allowed ? [] : [result.retryAfterSeconds]));
  if (waits.length === 0) return null;
  const seconds = Math.max(...waits);
  return {
    kind: 'failed',
    paymentId: null,
    code: 'rate_limited',
    retryAfterSeconds: seconds,
    message: `Too many attempts, wait ${seconds} seconds and try again.`,
  };
}

/**
 * An attempt that did not fail (accepted, or on to 3-D Secure) gives its tokens back: the buckets
 * count failed attempts, so a busy shop or a returning customer is never slowed by sales.
 */
export async function forgiveCardAttempt(
  subject: CardTestingSubject,
  limiters: Limiters = cardTestingLimiters(),
): Promise<void> {
  await Promise.all([
    limiters.perMerchant.giveBack(`merchant:${subject.merchantId}`),
    subject.paymentLinkId ? limiters.perLink.giveBack(`link:${subject.paymentLinkId}`) : undefined,
    subject.cardFingerprint ? limiters.perCard.giveBack(`card:${subject.cardFingerprint}`) : undefined,
  ]);
}
