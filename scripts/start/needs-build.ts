import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'sandbox/src',
  'proxy.ts',
  'next.config.js',
  'postcss.config.mjs',
  'instrumentation.ts',
  'tsconfig.json',
  'package-lock.json',
];
/** Outputs, not sources: public/embed.js is what `next build` makes from lib/embed/loader/. */
const SKIP = new Set(['generated', 'node_modules', 'embed.js']);

/** True when there is no production build (or no embed.js), or a source file is newer than it. */
export function needsBuild(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId) || !existsSync(path.join(root, 'public', 'embed.js'))) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > builtAt);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}
