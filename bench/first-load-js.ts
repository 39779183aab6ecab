// First-load JavaScript of the hosted checkout page (/c/<session>) in en, de and ar, against a minimal App
// Router page built in the same run with this repo's Next.js and React: bytes of the script responses
// Chromium fetches until the network is idle, as transferred and decoded. Also checks that a locale's page
// carries no other locale's messages. Runs beside `npm start`: every server it starts is on its own ports.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { root, startLauncher, stopLauncher, waitHealthy } from './support/launcher';

const PORT = Number(process.env.BENCH_FIRST_LOAD_PORT ?? 3950);
const SANDBOX_PORT = Number(process.env.BENCH_FIRST_LOAD_SANDBOX_PORT ?? 12950);
const MINIMAL_PORT = Number(process.env.BENCH_FIRST_LOAD_MINIMAL_PORT ?? 3951);
const DATA_DIR = '.data/bench-first-load';
// Outside the repository: Next.js would otherwise compile the repository's proxy.ts and instrumentation.ts into
// it. Its node_modules is a hard-linked copy of this repo's (same next, react, react-dom; no bytes copied).
const MINIMAL_DIR = path.join(mkdtempSync(path.join(os.tmpdir(), 'tillpoint-first-load-')), 'minimal-app');
const LOCALES = ['en', 'de', 'ar'] as const;
const TARGET_RATIO = 1.25;
// Each page is opened by a browser asking for another language than the session's, so a message catalogue
// chosen from Accept-Language instead of the session would show up as a foreign locale's messages.
const BROWSER_LANGUAGE = { en: 'de-DE', de: 'ar', ar: 'en-US' } as const;
const nextBin = () => path.join(MINIMAL_DIR, 'node_modules', 'next', 'dist', 'bin', 'next');

type Scripts = {
  transferred: number;
  decoded: number;
  count: number;
  sameOrigin: { transferred: number; decoded: number };
  text: string;
};

/** The script responses one cold page load fetches until the network is idle (Chrome DevTools Protocol sizes). */
async function measure(browser: Browser, url: string, locale = 'en-US'): Promise<Scripts & { html: string }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, { url: string; decoded: number; transferred: number }>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, { url: event.response.url, decoded: 0, transferred: 0 });
  });
  cdp.on('Network.dataReceived', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.decoded += event.dataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.transferred = event.encodedDataLength;
  });
  // Tillpoint's own scripts' text, for the messages check (Stripe.js carries its own labels in every language).
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.url().startsWith(new URL(url).origin))
      bodies.push(response.text().catch(() => ''));
  });
  const document = await page.goto(url, { waitUntil: 'networkidle' });
  const html = (await document?.text()) ?? '';
  const text = (await Promise.all(bodies)).join('\n');
  await context.close();
  const all = [...scripts.values()];
  const origin = new URL(url).origin;
  const own = all.filter((script) => script.url.startsWith(origin));
  const sum = (list: typeof all, key: 'decoded' | 'transferred') => list.reduce((total, s) => total + s[key], 0);
  return {
    transferred: sum(all, 'transferred'),
    decoded: sum(all, 'decoded'),
    count: all.length,
    sameOrigin: { transferred: sum(own, 'transferred'), decoded: sum(own, 'decoded') },
    text,
    html,
  };
}

/** A one-page App Router app (layout + page, no client component), built with this repo's Next.js. */
function buildMinimalApp(): void {
  mkdirSync(path.join(MINIMAL_DIR, 'app'), { recursive: true });
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(MINIMAL_DIR, 'node_modules')]);
  writeFileSync(path.join(MINIMAL_DIR, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(path.join(MINIMAL_DIR, 'next.config.mjs'), 'export default { poweredByHeader: false };\n');
  writeFileSync(
    path.join(MINIMAL_DIR, 'app', 'layout.js'),
    'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  writeFileSync(
    path.join(MINIMAL_DIR, 'app', 'page.js'),
    'export default function Page() {\n  return <main><h1>Hello</h1><p>A minimal App Router page.</p></main>;\n}\n',
  );
  execFileSync(process.execPath, [nextBin(), 'build'], {
    cwd: MINIMAL_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/**
 * Message strings of a locale that no other locale shares: long enough to be distinctive, free of markup and
 * quotes. Left out: the root not-found page's sentences (`notFound`, `shell.poweredBy`). Next.js renders
 * app/not-found.tsx into every page's payload as its not-found boundary, in the browser's language (it has no
 * session to take one from): those three rendered sentences, not a catalogue, are all a page carries of it.
 */
function distinctiveStrings(locale: string): string[] {
  const flatten = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.values(value as object).flatMap(flatten);
  const read = (name: string) => {
    const { notFound, shell, ...messages } = JSON.parse(
      readFileSync(path.join(root, 'messages', `${name}.json`), 'utf8'),
    ) as Record<string, Record<string, unknown>>;
    const { poweredBy: _poweredBy, ...rest } = shell ?? {};
    const boundary = new Set(flatten(notFound ?? {}));
    return flatten({ ...messages, shell: rest }).filter((text) => !boundary.has(text));
  };
  const others = new Set(LOCALES.filter((other) => other !== locale).flatMap(read));
  return [...new Set(read(locale))].filter(
    (text) => text.length >= 12 && /^[^"'{}<>&\\]+$/.test(text) && !others.has(text),
  );
}

async function createSession(secretKey: string, locale: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${PORT}/api/v1/checkout/sessions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      line_items: [{ name: 'Walnut desk lamp', unit_amount: 4500, quantity: 1 }],
      currency: 'eur',
      success_url: 'https://shop.example.com/thanks',
      locale,
    }),
  });
  if (!response.ok) throw new Error(`creating a session failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

rmSync(path.join(root, DATA_DIR), { recursive: true, force: true });
buildMinimalApp();
const minimalServer = spawn(process.execPath, [nextBin(), 'start', '-p', String(MINIMAL_PORT), '-H', '127.0.0.1'], {
  cwd: MINIMAL_DIR,
  detached: true,
  stdio: 'ignore',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const launcher = startLauncher({ port: PORT, sandboxPort: SANDBOX_PORT, dataDir: DATA_DIR });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  await waitHealthy(launcher, PORT);
  const merchant = JSON.parse(
    execFileSync(process.execPath, ['bin/tillpoint.mjs', 'merchants', 'create', '--name', 'Bench shop', '--json'], {
      cwd: root,
      env: { ...process.env, TILLPOINT_DATA_DIR: DATA_DIR, DATABASE_URL: '' },
      encoding: 'utf8',
    }),
  ) as { secret_key: string };
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`http://127.0.0.1:${MINIMAL_PORT}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 120) throw new Error('the minimal app did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // A warm-up load each, so neither server's first-request work lands in the measurement.
  await measure(browser, `http://127.0.0.1:${MINIMAL_PORT}/`);
  const minimal = await measure(browser, `http://127.0.0.1:${MINIMAL_PORT}/`);
  const hosted: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const locale of LOCALES) {
    const url = `http://localhost:${PORT}/c/${await createSession(merchant.secret_key, locale)}`;
    await measure(browser, url, BROWSER_LANGUAGE[locale]);
    hosted[locale] = await measure(browser, url, BROWSER_LANGUAGE[locale]);
  }

  const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const rows: { metric: string; value: number; unit: string; target?: string; pass?: boolean }[] = [
    {
      metric:
        'baseline: minimal App Router page (a layout and one server-rendered page, no client component, built in a temp dir with this repo’s next and react; next build, next start), scripts transferred',
      value: kib(minimal.transferred),
      unit: `KiB (${minimal.count} scripts)`,
    },
    { metric: 'baseline: minimal page, scripts decoded', value: kib(minimal.decoded), unit: 'KiB' },
  ];
  for (const locale of LOCALES) {
    const page = hosted[locale]!;
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    rows.push(
      {
        metric: `/c/<session> ${locale}: Tillpoint's own scripts, transferred`,
        value: kib(page.sameOrigin.transferred),
        unit: 'KiB',
      },
      {
        metric: `/c/<session> ${locale}: Tillpoint's own scripts, decoded`,
        value: kib(page.sameOrigin.decoded),
        unit: 'KiB',
      },
      {
        metric: `/c/<session> ${locale}: all scripts incl. Stripe.js (the sandbox's stand-in), transferred / decoded`,
        value: kib(page.transferred),
        unit: `KiB / ${kib(page.decoded)} KiB (${page.count} scripts)`,
      },
      {
        metric: `/c/<session> ${locale} ÷ minimal, own scripts transferred`,
        value: ratio(page.sameOrigin.transferred, minimal.transferred),
        unit: '×',
        target: `≤ ${TARGET_RATIO}`,
        pass: page.sameOrigin.transferred <= TARGET_RATIO * minimal.transferred,
      },
      {
        metric: `/c/<session> ${locale} ÷ minimal, own scripts decoded`,
        value: ratio(page.sameOrigin.decoded, minimal.decoded),
        unit: '×',
        target: `≤ ${TARGET_RATIO}`,
        pass: page.sameOrigin.decoded <= TARGET_RATIO * minimal.decoded,
      },
    );
  }
  for (const locale of LOCALES) {
    const page = hosted[locale]!;
    const own = distinctiveStrings(locale);
    const found = own.filter((text) => page.html.includes(text) || page.text.includes(text)).length;
    rows.push({
      metric: `/c/<session> ${locale}: its own locale's messages found in the HTML and Tillpoint's scripts (the check can see them)`,
      value: found,
      unit: `of ${own.length}`,
      target: '≥ 10',
      pass: found >= 10,
    });
    const browserLocale = BROWSER_LANGUAGE[locale].slice(0, 2);
    const notFound = Object.values(
      (
        JSON.parse(readFileSync(path.join(root, 'messages', `${browserLocale}.json`), 'utf8')) as {
          notFound: Record<string, string>;
        }
      ).notFound,
    );
    rows.push({
      metric: `/c/<session> ${locale}: root not-found sentences in the browser's language (${browserLocale}) in its payload`,
      value: notFound.filter((text) => page.html.includes(text)).length,
      unit: `of ${notFound.length} (Next.js renders the not-found boundary into every page)`,
    });
    for (const other of LOCALES.filter((o) => o !== locale)) {
      const foreign = distinctiveStrings(other);
      const leaked = foreign.filter((text) => page.html.includes(text) || page.text.includes(text));
      if (leaked.length > 0)
        console.error(`[bench] ${other} sentences on the ${locale} page: ${leaked.slice(0, 5).join(' | ')}`);
      rows.push({
        metric: `/c/<session> ${locale}: ${other} messages found in its HTML and Tillpoint's scripts`,
        value: leaked.length,
        unit: `of ${foreign.length}`,
        target: '0',
        pass: leaked.length === 0,
      });
    }
  }
  console.log(
    JSON.stringify({ title: 'First-load JavaScript: hosted checkout page vs a minimal App Router page', rows }),
  );
} finally {
  await browser.close();
  await stopLauncher(launcher);
  if (minimalServer.pid) {
    try {
      process.kill(-minimalServer.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(path.dirname(MINIMAL_DIR), { recursive: true, force: true });
}
