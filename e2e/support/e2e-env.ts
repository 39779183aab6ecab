// Ports and settings of the Tillpoint instance the end-to-end tests start (see playwright.config.ts).
export const E2E = {
  appPort: Number(process.env.E2E_APP_PORT ?? 3210),
  sandboxPort: Number(process.env.E2E_SANDBOX_PORT ?? 12211),
  dataDir: process.env.E2E_DATA_DIR ?? '.data/e2e',
  sandboxSecretKey: 'sk_test_tillpoint_sandbox',
} as const;

export const appUrl = `http://localhost:${E2E.appPort}`;
export const sandboxUrl = `http://localhost:${E2E.sandboxPort}`;
