import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { renderElementPage } from './pages/element-page.js';
import { renderThreeDsPage } from './pages/three-ds-page.js';

/** A response body ready to send, with its content type and a strong ETag. */
export interface Asset {
  body: Buffer;
  contentType: string;
  etag: string;
}

const ASSET_DIR = new URL('./assets/', import.meta.url);

function asset(text: string, contentType: string): Asset {
  const body = Buffer.from(text, 'utf8');
  return { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function read(path: string): string {
  return readFileSync(new URL(path, ASSET_DIR), 'utf8');
}

/** The `.js` files of an assets folder, in name order, inside one IIFE (they share its scope). */
function bundleFolder(folder: string, banner: string): string {
  const dir = new URL(`${folder}/`, ASSET_DIR);
  const parts = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => `// ---- ${folder}/${name}\n${readFileSync(new URL(name, dir), 'utf8')}`);
  return `/* ${banner} */\n(function () {\n'use strict';\n${parts.join('\n')}\n})();\n`;
}

const JS = 'application/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

export const standInScript: Asset = asset(
  bundleFolder(
    'stripe-js',
    "Stripe.js stand-in served by the Tillpoint Stripe sandbox. Not Stripe's code; test keys only.",
  ),
  JS,
);

/** Files the sandbox pages load from `/static/<name>`; nothing else is served from disk. */
export const staticAssets: ReadonlyMap<string, Asset> = new Map([
  ['element-frame.js', asset(bundleFolder('element-frame', 'Stripe sandbox Elements frame.'), JS)],
  ['element-frame.css', asset(read('element-frame/element-frame.css'), CSS)],
  ['three-ds.js', asset(read('three-ds/three-ds.js'), JS)],
  ['three-ds.css', asset(read('three-ds/three-ds.css'), CSS)],
]);

export const elementPages: ReadonlyMap<string, Asset> = new Map([
  ['card', asset(renderElementPage('card'), HTML)],
  ['payment', asset(renderElementPage('payment'), HTML)],
]);

export const threeDsPages = {
  page: asset(renderThreeDsPage(false), HTML),
  modal: asset(renderThreeDsPage(true), HTML),
};
