// Deterministic hostile requests for the fuzz pass (e2e/security-fuzz.spec.ts): every /api/v1 operation
// of the OpenAPI document and every public route, with hostile ids, query values, bodies and content types.

export type HostileRequest = {
  /** The operation or route it exercises: `GET /api/v1/payments/{id}`. */
  operation: string;
  method: string;
  /** Path and query, already percent-encoded where it must be. */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The path names another merchant's object: a 2xx would be a tenant leak. */
  foreignId?: boolean;
};

export type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
};

/** The objects the attacker owns and the victim's, for ids that exist. */
export type FuzzFixtures = {
  attackerKeys: string[];
  own: { session: string; link: string; slug: string; endpoint: string };
  victim: { session: string; link: string; slug: string; merchant: string; payment: string | null };
};

/** mulberry32: a small seeded PRNG, so every run sends the same requests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Path segments an attacker types: NUL, lone surrogates, bad percent-encoding, traversal, overlong, other shapes. */
const HOSTILE_SEGMENTS = [
  'pay_%00',
  '%00',
  'cs_aaaaaaaaaaaaaaaaaaaaaaa%00',
  '%ED%A0%80',
  '%ED%B0%80x',
  '%FF',
  '%C0%AF',
  '%',
  '%E2%82',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fapi%2fhealth',
  '..%5C..%5Cwindows',
  'x'.repeat(3000),
  '%F0%9F%98%80',
  "1'%20OR%20'1'%3D'1",
  '%0d%0aSet-Cookie:%20x%3D1',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'pay_AAAAAAAAAAAAAAAAAAAAAAAA',
  'cs_AAAAAAAAAAAAAAAAAAAAAAAA',
  'plink_AAAAAAAAAAAAAAAAAAAAAAAA',
  '__proto__',
  'constructor',
  'null',
  '-1',
  '1e309',
];

/** Values for query parameters and JSON fields. */
const HOSTILE_STRINGS = [
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udbff\udbff',
  'x'.repeat(100_000),
  '../../../etc/passwd',
  '\u202eevil',
  '😀'.repeat(500),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}{{7*7}}',
  '',
  ' ',
  '\r\nX-Injected: 1',
  'https://*.com',
  'javascript:alert(1)',
  'http://169.254.169.254/latest/meta-data',
];
const HOSTILE_VALUES: unknown[] = [
  ...HOSTILE_STRINGS,
  1e308,
  -1,
  0,
  2 ** 53 + 1,
  1.5,
  -0.000001,
  99_999_999_999,
  null,
  true,
  [],
  {},
  [[[[]]]],
  { a: { b: { c: 'x\u0000' } } },
  { ['k\u0000']: 'v', ['\ud800']: 'x' },
  Array.from({ length: 2000 }, (_, i) => i),
];
/** JSON texts JSON.stringify cannot produce, sent raw. */
const RAW_BODIES = [
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  `{"metadata":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
  `{"line_items":${'['.repeat(40)}1${']'.repeat(40)}}`,
  '{"amount":1e999}',
  '{"amount":-1e999,"currency":"usd"}',
  '{"amount":123456789012345678901234567890}',
  '{"name":"\\ud800"}',
  '{"name":"\\u0000"}',
  '{"__proto__":{"admin":true}}',
  '{"a":1,"a":2}',
  '{',
  'null',
  '[]',
  '"string"',
  '\ufeff{}',
  '\u0000',
];
const QUERY_VALUES = [
  '%00',
  '%ED%A0%80',
  '%FF',
  '-1',
  '0',
  '101',
  '1e400',
  'NaN',
  'x'.repeat(20_000),
  'true',
  '%5B%5D',
  'cs_%00',
  '..%2F..%2F',
];
const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/xml',
  '',
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A valid body per creating operation, mutated one field at a time. */
const BASE_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/v1/checkout/sessions': {
    line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }],
    currency: 'usd',
    success_url: 'https://shop.example.com/ok',
  },
  'POST /api/v1/payment_links': { line_items: [{ name: 'Lamp', unit_amount: 4500, quantity: 1 }], currency: 'usd' },
  'POST /api/v1/payment_links/{id}': { inactive_message: 'Sold out' },
  'POST /api/v1/account': { name: 'Fuzzed shop' },
  'POST /api/v1/webhook_endpoints': { url: 'https://hooks.example.com/tillpoint', enabled_events: ['*'] },
  'POST /api/v1/webhook_endpoints/{id}': { description: 'fuzz' },
  'POST /api/v1/payments/{id}/refunds': { amount: 100 },
  'POST /api/v1/api_keys': { name: 'fuzz' },
  'POST /api/v1/events/{id}/redeliver': {},
  'POST /api/v1/api_keys/{id}/roll': { expires_in: 0 },
  'POST /api/v1/coupons': { percent_off: 10 },
  'POST /api/v1/coupons/{id}': { name: 'fuzz' },
  'POST /api/v1/promotion_codes': { coupon: 'coupon_000000000000000000000000' },
  'POST /api/v1/promotion_codes/{id}': { active: false },
};

/** Operations whose valid ids must not be used: they would revoke or roll the attacker's own keys. */
const HOSTILE_IDS_ONLY = new Set([
  'POST /api/v1/api_keys/{id}/roll',
  'POST /api/v1/api_keys/{id}/revoke',
  'DELETE /api/v1/webhook_endpoints/{id}',
]);

function jsonBodyVariant(
  random: () => number,
  operation: string,
  properties: string[],
): { body: string; contentType: string } {
  const base = structuredClone(BASE_BODIES[operation] ?? {});
  const roll = random();
  if (roll < 0.25) return { body: pick(random, RAW_BODIES), contentType: 'application/json' };
  if (roll < 0.35) return { body: JSON.stringify(base), contentType: pick(random, CONTENT_TYPES) };
  const field =
    properties.length > 0 && random() < 0.85
      ? pick(random, properties)
      : pick(random, ['__proto__', 'constructor', 'unknown_field', 'x\u0000', '\ud800']);
  const value = pick(random, HOSTILE_VALUES);
  if (random() < 0.3 && field === 'line_items')
    base[field] = [{ name: pick(random, HOSTILE_STRINGS), unit_amount: pick(random, HOSTILE_VALUES), quantity: 1 }];
  else if (random() < 0.3) base.metadata = { [pick(random, HOSTILE_STRINGS).slice(0, 60)]: value };
  else base[field] = value;
  return { body: JSON.stringify(base), contentType: 'application/json' };
}

function fillPath(template: string, id: string): string {
  return template.replace('{id}', id);
}

/** At least `perOperation` requests for every operation of the document, deterministic for `seed`. */
export function apiRequests(
  document: OpenApiDocument,
  fixtures: FuzzFixtures,
  seed: number,
  perOperation: number,
): HostileRequest[] {
  const random = seededRandom(seed);
  const requests: HostileRequest[] = [];
  const ownIdFor = (path: string) =>
    path.startsWith('/api/v1/checkout/sessions')
      ? fixtures.own.session
      : path.startsWith('/api/v1/payment_links')
        ? fixtures.own.link
        : path.startsWith('/api/v1/webhook_endpoints')
          ? fixtures.own.endpoint
          : 'pay_AAAAAAAAAAAAAAAAAAAAAAAA';
  const foreignIdFor = (path: string) =>
    path.startsWith('/api/v1/payment_links')
      ? fixtures.victim.link
      : path.startsWith('/api/v1/payments') && fixtures.victim.payment
        ? fixtures.victim.payment
        : fixtures.victim.session;
  for (const [template, operations] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(operations)) {
      const operation = `${method.toUpperCase()} ${template}`;
      const query = (spec.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const properties = Object.keys(spec.requestBody?.content['application/json']?.schema.properties ?? {});
      for (let i = 0; i < perOperation; i += 1) {
        const key = fixtures.attackerKeys[requests.length % fixtures.attackerKeys.length]!;
        const headers: Record<string, string> = { authorization: `Bearer ${key}` };
        let foreignId = false;
        let id = pick(random, HOSTILE_SEGMENTS);
        if (template.includes('{id}') && !HOSTILE_IDS_ONLY.has(operation) && random() < 0.35) {
          foreignId = random() < 0.5;
          id = foreignId ? foreignIdFor(template) : ownIdFor(template);
        }
        let url = fillPath(template, id);
        if (query.length > 0 && random() < 0.6) {
          const name = pick(random, [...query, 'starting_after', 'unknown%00', '%ED%A0%80']);
          const value =
            random() < 0.3
              ? pick(random, [fixtures.victim.session, fixtures.victim.link, fixtures.own.session])
              : pick(random, QUERY_VALUES);
          url += `?${name}=${value}${random() < 0.3 ? `&${name}=${pick(random, QUERY_VALUES)}` : ''}`;
        }
        if (random() < 0.05) delete headers.authorization;
        if (random() < 0.05)
          headers.authorization = `Bearer ${pick(random, ['sk_test_%00', 'sk_test_\u00ff', 'x'.repeat(5000), fixtures.attackerKeys[0] + '\u00e9'])}`;
        if (method === 'post') {
          const { body, contentType } = jsonBodyVariant(random, operation, properties);
          if (contentType) headers['content-type'] = contentType;
          if (random() < 0.15)
            headers['idempotency-key'] = pick(random, ['k\u00e9y', 'x'.repeat(300), `fuzz-${i}`, ' ']);
          requests.push({ operation, method: 'POST', url, headers, body, foreignId });
        } else {
          requests.push({ operation, method: method.toUpperCase(), url, headers, foreignId });
        }
      }
    }
  }
  return requests;
}

/** The routes anyone may call without a key, each with hostile ids and query values. */
export function publicRequests(fixtures: FuzzFixtures, seed: number, perRoute: number): HostileRequest[] {
  const random = seededRandom(seed);
  const { victim } = fixtures;
  const routes: {
    operation: string;
    method?: string;
    build: (segment: string, value: string) => string;
    valid?: string;
    body?: () => { body: string | Buffer; headers: Record<string, string> };
  }[] = [
    { operation: 'GET /c/{session}', build: (s) => `/c/${s}`, valid: victim.session },
    { operation: 'GET /embed/{session}', build: (s, v) => `/embed/${s}?mode=${v}`, valid: victim.session },
    {
      operation: 'GET /embed/{session}/complete',
      build: (s, v) => `/embed/${s}/complete?payment=${v}&payment_intent=${v}`,
      valid: victim.session,
    },
    {
      operation: 'GET /pay/{payment}/action',
      build: (s, v) => `/pay/${s}/action?token=${v}`,
      valid: victim.payment ?? undefined,
    },
    { operation: 'GET /return', build: (s, v) => `/return?payment=${s}&payment_intent=${v}&redirect_status=succeeded` },
    {
      operation: 'GET /l/{slug}',
      build: (s, v) => `/l/${s}?prefilled_email=${v}&locale=${v}&client_reference_id=${v}`,
      valid: victim.slug,
    },
    { operation: 'GET /l/{slug}/qr.svg', build: (s, v) => `/l/${s}/qr.svg?download=${v}`, valid: victim.slug },
    { operation: 'GET /api/payments/{payment}/status', build: (s) => `/api/payments/${s}/status` },
    { operation: 'GET /api/payments/{payment}/events', build: (s) => `/api/payments/${s}/events` },
    { operation: 'GET /brand/{merchant}/logo', build: (s, v) => `/brand/${s}/logo?v=${v}`, valid: victim.merchant },
    { operation: 'GET /docs/api', build: (_s, v) => `/docs/api?${v}=${v}` },
    { operation: 'GET /api/health', build: (_s, v) => `/api/health?x=${v}` },
    { operation: 'GET /api/v1/openapi.json', build: (_s, v) => `/api/v1/openapi.json?x=${v}` },
    { operation: 'GET /demo/thanks', build: (s, v) => `/demo/thanks?session=${s}&payment=${v}` },
    { operation: 'GET /dashboard/payments/{id}', build: (s) => `/dashboard/payments/${s}` },
    { operation: 'GET /api/v1/{unknown}', build: (s, v) => `/api/v1/${s}?q=${v}` },
    {
      operation: 'POST /api/stripe/webhook',
      method: 'POST',
      build: () => '/api/stripe/webhook',
      body: () => {
        const text =
          random() < 0.5
            ? pick(random, RAW_BODIES)
            : JSON.stringify({
                id: pick(random, HOSTILE_STRINGS),
                type: 'payment_intent.succeeded',
                data: {
                  object: {
                    id: pick(random, HOSTILE_STRINGS),
                    metadata: { tillpoint_payment_id: pick(random, HOSTILE_STRINGS) },
                  },
                },
              });
        const signature = pick(random, [
          '',
          't=1,v1=00',
          `t=${'9'.repeat(400)},v1=${'a'.repeat(64)}`,
          't=%00,v1=%ED%A0%80',
          'garbage',
        ]);
        return {
          body: text,
          headers: {
            'content-type': pick(random, ['application/json', ...CONTENT_TYPES]),
            ...(signature ? { 'stripe-signature': signature } : {}),
          },
        };
      },
    },
    {
      operation: 'POST /c/{session} (forged server action)',
      method: 'POST',
      build: (s) => `/c/${s}`,
      valid: victim.session,
      body: () => ({
        body: pick(random, ['[]', '["$K1"]', '{"0":"\\ud800"}', RAW_BODIES[0]!, '']),
        headers: {
          'next-action': pick(random, ['0'.repeat(42), 'x', '%00', 'f'.repeat(5000)]),
          'content-type': pick(random, ['text/plain;charset=UTF-8', 'multipart/form-data; boundary=x']),
        },
      }),
    },
    { operation: 'PUT /api/payments/{payment}/status', method: 'PUT', build: (s) => `/api/payments/${s}/status` },
  ];
  const requests: HostileRequest[] = [];
  for (const route of routes) {
    for (let i = 0; i < perRoute; i += 1) {
      const useValid = route.valid !== undefined && random() < 0.25;
      const segment = useValid ? route.valid! : pick(random, HOSTILE_SEGMENTS);
      const extra = route.body?.();
      requests.push({
        operation: route.operation,
        method: route.method ?? 'GET',
        url: route.build(segment, pick(random, QUERY_VALUES)),
        headers: extra?.headers ?? {},
        body: extra?.body,
      });
    }
  }
  return requests;
}
