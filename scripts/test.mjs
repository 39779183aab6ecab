#!/usr/bin/env node
// `npm test`: type-check, lint, unit and integration tests (real database), production build, the
// production-server resilience tests (real `next start`, killed and restarted), then the end-to-end
// tests in Chromium. Ends with one line `tests: N passed, N failed`.
//   npm test -- --unit   only type-check, lint and node tests (what CI re-runs against PostgreSQL)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findChromium } from './test/find-chromium.mjs';

const require = createRequire(import.meta.url);
const unitOnly = process.argv.includes('--unit');
const totals = { passed: 0, failed: 0 };

/** Runs a command with inherited output (teed so that node:test's summary can be counted). */
function step(title, command, args, { env = {}, countNodeTests = false } = {}) {
  console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (countNodeTests) output += chunk.toString();
    });
    child.on('exit', (code) => {
      if (countNodeTests) {
        totals.passed += Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
        totals.failed +=
          Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(output)?.[1] ?? 0);
      }
      resolve(code ?? 1);
    });
  });
}

function countPlaywright(reportFile) {
  if (!existsSync(reportFile)) return;
  const { stats } = JSON.parse(readFileSync(reportFile, 'utf8'));
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
}

function finish(code) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

const bin = (name) => require.resolve(name);
let failed = 0;

failed ||= await step('Type-check (tsc --noEmit)', process.execPath, [
  bin('typescript/bin/tsc'),
  '--noEmit',
  '-p',
  '.',
]);
if (failed) finish(failed);

failed ||= await step('Lint (npm run lint: eslint, dependency rules, prettier --check)', 'npm', ['run', 'lint']);
if (failed) finish(failed);

failed ||= await step(
  'Unit and integration tests (node:test, real database)',
  process.execPath,
  ['scripts/test/run-node-tests.mjs'],
  {
    countNodeTests: true,
  },
);
if (unitOnly || failed) finish(failed);

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error.message);
  finish(1);
}

failed ||= await step('Production build (next build)', process.execPath, [bin('next/dist/bin/next'), 'build']);
if (failed) finish(failed);

failed ||= await step(
  'Production-server resilience tests (node:test, next start killed and restarted)',
  process.execPath,
  ['scripts/test/run-resilience-tests.mjs'],
  {
    countNodeTests: true,
  },
);

for (const [title, config, report] of [
  ['End-to-end tests (Playwright, Chromium)', 'playwright.config.ts', 'test-results/e2e-report.json'],
  [
    'Stripe sandbox browser tests (Playwright, Chromium)',
    'sandbox/playwright.config.ts',
    'test-results/sandbox-e2e-report.json',
  ],
]) {
  if (!existsSync(config)) continue;
  rmSync(report, { force: true });
  const code = await step(
    title,
    process.execPath,
    [bin('@playwright/test/cli'), 'test', '-c', config, '--reporter=list,json'],
    {
      // Absolute: Playwright resolves a relative report path against the config's folder.
      env: { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: path.resolve(report) },
    },
  );
  countPlaywright(report);
  failed ||= code;
}
finish(failed);
