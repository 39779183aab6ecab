// Ports and settings of the Tillpoint instance the end-to-end tests start (see playwright.config.ts).
export const E2E = {
  appPort: Number(process.env.E2E_APP_PORT ?? 3210),
  sandboxPort: Number(process.env.E2E_SANDBOX_PORT ?? 12211),
  dataDir: process.env.E2E_DATA_DIR ?? '.data/e2e',
  /** Every line the launched servers print, scanned for secrets after the run (e2e/support/scan-server-log.ts). */
  serverLog: `${process.env.E2E_DATA_DIR ?? '.data/e2e'}-server.log`,
  /** The demo merchant site the launcher starts (embedded checkout on another origin). */
  demoSitePort: Number(process.env.E2E_DEMO_SITE_PORT ?? Number(process.env.E2E_APP_PORT ?? 3210) + 1),
  /** A page on an origin no merchant allows, for the framing refusals. */
  foreignPort: Number(process.env.E2E_FOREIGN_PORT ?? Number(process.env.E2E_APP_PORT ?? 3210) + 2),
  /** A merchant's webhook receiver started by a test. */
  receiverPort: Number(process.env.E2E_RECEIVER_PORT ?? Number(process.env.E2E_APP_PORT ?? 3210) + 3),
  sandboxSecretKey: 'sk_test_tillpoint_sandbox',
} as const;

export const appUrl = `http://localhost:${E2E.appPort}`;
export const sandboxUrl = `http://localhost:${E2E.sandboxPort}`;
export const demoSiteUrl = `http://localhost:${E2E.demoSitePort}`;
