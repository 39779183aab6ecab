// Bundles the embed loader (lib/embed/loader/, TypeScript) to public/embed.js: one minified script with no
// dependencies. next.config.js runs it for `next build` and `next dev`, so `npm run build`, `npm start`
// (which builds when stale), the Playwright webServer, `npm test` and the benchmarks all serve a fresh copy.
//   node scripts/build-embed-loader.mjs   builds it by hand
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Writes public/embed.js (atomically: a server may be reading it) and returns its size in bytes. */
export function buildEmbedLoader() {
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: ['lib/embed/loader/embed-loader.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    banner: { js: '/* Tillpoint embedded checkout loader. Built from lib/embed/loader/; usage in embed-loader.ts. */' },
    write: false,
  });
  const bytes = result.outputFiles[0].contents;
  const target = path.join(root, 'public', 'embed.js');
  // public/ holds only generated files, so a fresh clone has no such folder.
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
  return bytes.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`public/embed.js: ${buildEmbedLoader()} bytes`);
}
