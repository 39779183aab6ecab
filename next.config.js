// @ts-check
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { buildEmbedLoader } from './scripts/build-embed-loader.mjs';

/** Every page refuses to be framed, except the embedded checkout under /embed/, whose framing policy proxy.ts sets per session. */
const refuseFraming = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
];
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];
/** The embed loader merchants include: short-lived cache (new versions reach sites within minutes), loadable from any site. */
const embedScriptHeaders = [
  { key: 'Cache-Control', value: 'public, max-age=300, stale-while-revalidate=3600' },
  { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole tree (app, CLI, sandbox) with tsc; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // One copy of `stripe` for the whole server (pages, actions, routes, instrumentation), loaded from node_modules.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', 'stripe'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/((?!embed/).*)', headers: refuseFraming },
      { source: '/embed.js', headers: embedScriptHeaders },
    ];
  },
};

/** @param {string} phase */
export default function config(phase) {
  // public/embed.js is built from lib/embed/loader/ (TypeScript) by every build and dev server, never committed.
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) buildEmbedLoader();
  return nextConfig;
}
