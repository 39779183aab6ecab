import { defineConfig, devices } from '@playwright/test';
import { E2E, appUrl } from './e2e/support/e2e-env';

// End-to-end tests run Tillpoint the way `npm start` does (launcher, embedded PGlite, Stripe sandbox)
// on their own ports and data folder, and drive it with Debian's Chromium (found by scripts/test.mjs).
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: appUrl,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // After the last test: the servers' whole log must hold no key, secret or card number.
  globalTeardown: './e2e/support/scan-server-log.ts',
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `rm -rf ${E2E.dataDir} ${E2E.serverLog} && node node_modules/tsx/dist/cli.mjs scripts/start.ts`,
    url: `${appUrl}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E.appPort),
      SANDBOX_PORT: String(E2E.sandboxPort),
      DEMO_SITE_PORT: String(E2E.demoSitePort),
      EMBEDDED_DB_PORT: '0',
      TILLPOINT_DATA_DIR: E2E.dataDir,
      TILLPOINT_SERVER_LOG: E2E.serverLog,
      TILLPOINT_PUBLIC_URL: appUrl,
      DATABASE_URL: '',
      STRIPE_SECRET_KEY: '',
      STRIPE_PUBLISHABLE_KEY: '',
      STRIPE_WEBHOOK_SECRET: '',
      // Lost webhooks: the sandbox retries late, so the reconciler (after 3 s) is what repairs them.
      SANDBOX_WEBHOOK_RETRY_SCHEDULE: '120,300',
      RECONCILE_AFTER_SECONDS: '3',
      JOBS_INTERVAL_SECONDS: '1',
      // A payment parked in 3-D Secure holds a limited link's place this long (e2e/link-place-hold.spec.ts).
      LINK_PLACE_HOLD_SECONDS: '15',
      // Many tests sign in from 127.0.0.1; the per-email limit is what the login test trips.
      LOGIN_RATE_LIMIT_IP_BURST: '1000',
      // A stand-in for the operator's proxy: tests connect from 127.0.0.2 to play it.
      TRUSTED_PROXIES: '127.0.0.2',
    },
  },
});
