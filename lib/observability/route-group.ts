const GROUPS: [RegExp, string][] = [
  [/^\/api\/v1(\/|$)/, 'merchant_api'],
  [/^\/api\/stripe\//, 'stripe_webhook'],
  [/^\/api\/payments\//, 'payment_status'],
  [/^\/api\//, 'api'],
  [/^\/c\//, 'hosted'],
  [/^\/(l|links)\//, 'links'],
  [/^\/embed/, 'embed'],
  [/^\/dashboard(\/|$)/, 'dashboard'],
  [/^\/(_next|brand)\/|\.(js|css|png|svg|ico|webp)$/, 'static'],
];

/** The route group of a request path, a label of bounded cardinality for metrics. */
export function routeGroup(path: string): string {
  return GROUPS.find(([pattern]) => pattern.test(path))?.[1] ?? 'pages';
}
