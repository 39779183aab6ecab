import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

/** Browser tests of the sandbox's Stripe.js stand-in, run in Debian's Chromium (offline). */
export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: '../test-results/sandbox',
  fullyParallel: true,
  // Each page runs three or four Chromium renderers (cross-origin frames): more workers than CPUs only queue.
  workers: Math.min(4, Math.max(2, availableParallelism())),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: process.env.CI ? 'retain-on-failure' : 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
});
