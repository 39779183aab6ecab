// The demo merchant site: a merchant's own shop on another origin than Tillpoint, embedding its
// checkout. Its server holds the secret key (from the environment only) and creates embedded checkout
// sessions through Tillpoint's REST API; its page loads embed.js from Tillpoint. `npm start` runs it.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { renderPage } from './page';
import { siteConfig } from './site-config';
import { createEmbeddedSession, retrieveSession } from './tillpoint-api';

const config = siteConfig(process.env);
const assets = {
  '/site.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(new URL('./public/site.js', import.meta.url)),
  },
  '/site.css': { type: 'text/css; charset=utf-8', body: readFileSync(new URL('./public/site.css', import.meta.url)) },
};
const ZCheckoutRequest = z.strictObject({ threeDSecureUi: z.enum(['modal', 'redirect']) });
const tillpointOrigin = new URL(config.TILLPOINT_URL).origin;

/** What the merchant's page may load: its own files, and Tillpoint's script and frame (what a merchant adds to its CSP). */
const PAGE_CSP = [
  `default-src 'self'`,
  `script-src 'self' ${tillpointOrigin}`,
  `frame-src ${tillpointOrigin}`,
  `img-src 'self' data:`,
  `frame-ancestors 'none'`,
].join('; ');

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(body);
}

const json = (response: ServerResponse, status: number, body: unknown) =>
  send(response, status, 'application/json', JSON.stringify(body));

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 10_000) throw new Error('body too large');
  }
  return JSON.parse(text);
}

async function handle(request: IncomingMessage, response: ServerResponse) {
  const { pathname } = new URL(request.url ?? '/', config.origin);
  if (request.method === 'GET' && pathname === '/')
    return send(response, 200, 'text/html; charset=utf-8', renderPage(config), { 'Content-Security-Policy': PAGE_CSP });
  if (request.method === 'GET' && pathname === '/health') return json(response, 200, { status: 'ok' });
  const asset = request.method === 'GET' ? assets[pathname as keyof typeof assets] : undefined;
  if (asset) return send(response, 200, asset.type, asset.body);
  if (request.method === 'POST' && pathname === '/api/checkout') {
    const order = ZCheckoutRequest.safeParse(await readJson(request).catch(() => null));
    if (!order.success) return json(response, 400, { error: 'threeDSecureUi must be modal or redirect' });
    const session = await createEmbeddedSession(config, order.data.threeDSecureUi);
    return json(response, 200, { session: session.id });
  }
  const orderMatch = /^\/api\/orders\/(cs_[0-9A-Za-z]{24})$/.exec(pathname);
  if (request.method === 'GET' && orderMatch) {
    const session = await retrieveSession(config, orderMatch[1]!);
    return json(response, 200, { status: session.status, payment: session.payment });
  }
  return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(
      `[demo-site] ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (!response.headersSent) json(response, 502, { error: 'The shop could not reach Tillpoint.' });
  });
});
server.on('error', (error) => {
  console.error(`Demo merchant site: ${error.message}`);
  process.exit(1);
});
server.listen(config.DEMO_SITE_PORT, () => console.log(`Demo merchant site on ${config.origin}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
