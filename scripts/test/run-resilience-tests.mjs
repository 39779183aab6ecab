#!/usr/bin/env node
// `npm run test:resilience`: the production-server resilience tests (resilience/*.test.ts). Each file
// starts the real `next start` from the existing production build (run `next build` first), kills and
// restarts it; files run one at a time, since their timings assume the machine is not shared with
// another server start. Uses DATABASE_URL (a fresh database per file) when set, otherwise PGlite.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('.next/BUILD_ID')) {
  console.error(
    'No production build in .next: run `npx next build` (or `npm test`, which builds) before the resilience tests.',
  );
  process.exit(1);
}
const files = readdirSync('resilience')
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => `resilience/${name}`);
const args = ['--conditions=react-server', '--import', 'tsx', '--test', '--test-concurrency=1', ...files];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
