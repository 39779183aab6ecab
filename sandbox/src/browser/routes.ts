import type { IncomingMessage, ServerResponse } from 'node:http';
import { elementPages, standInScript, staticAssets, threeDsPages, type Asset } from './assets.js';

/** What the server tells the browser half (CONTRACT.md). */
export interface BrowserContext {
  /** The sandbox's own origin, e.g. http://localhost:12111. */
  publicUrl: string;
}

/** Frames and pages load only sandbox-origin scripts and styles and call only the sandbox API. */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

type Headers = Record<string, string>;

function send(req: IncomingMessage, res: ServerResponse, asset: Asset, headers: Headers): true {
  const common: Headers = {
    ETag: asset.etag,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, common);
    res.end();
    return true;
  }
  res.writeHead(200, { ...common, 'Content-Type': asset.contentType, 'Content-Length': String(asset.body.length) });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
  return true;
}

const SCRIPT_HEADERS: Headers = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

const PAGE_HEADERS: Headers = {
  'Content-Security-Policy': PAGE_CSP,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/**
 * Serves the Stripe.js stand-in (`/v3`), the Elements frames (`/elements/<type>`), the 3DS
 * challenge page (`/3ds/<token>`) and their files (`/static/<name>`). Returns false otherwise.
 */
export async function handleBrowserRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  _ctx: BrowserContext,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = url.pathname;
  if (path === '/v3' || path === '/v3/') return send(req, res, standInScript, SCRIPT_HEADERS);

  const [, section, name, ...rest] = path.split('/');
  if (!name || rest.length > 0) return false;
  switch (section) {
    case 'static': {
      const file = staticAssets.get(name);
      return file ? send(req, res, file, { 'Cross-Origin-Resource-Policy': 'same-origin' }) : false;
    }
    case 'elements': {
      const page = elementPages.get(name);
      return page ? send(req, res, page, PAGE_HEADERS) : false;
    }
    case '3ds': {
      if (!TOKEN.test(name)) return false;
      const page = url.searchParams.get('frame') === 'modal' ? threeDsPages.modal : threeDsPages.page;
      return send(req, res, page, { ...PAGE_HEADERS, 'Cache-Control': 'no-store' });
    }
    default:
      return false;
  }
}
