import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { startSandbox } from '../src/server.js';
import { bundleCheckoutApp } from './fixture/bundle-app.js';
import { startFixtureServer } from './fixture/fixture-server.js';
import { startManualConfirmationServer } from './fixture/manual-confirmation-server.js';
import { ENV, PUBLISHABLE_KEY, SECRET_KEY } from './support/environment.js';

/**
 * Starts the sandbox in-process and the fixture merchant on another port (so the Elements
 * frames are cross-origin, as in production), and bundles the React checkout with esbuild.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const sandbox = await startSandbox({ port: 0, log: () => {} });
  const bundlePath = await bundleCheckoutApp();
  const fixture = await startFixtureServer({
    sandboxUrl: sandbox.publicUrl,
    secretKey: SECRET_KEY,
    publishableKey: PUBLISHABLE_KEY,
    bundlePath,
  });
  const manual = await startManualConfirmationServer({
    sandboxUrl: sandbox.publicUrl,
    secretKey: SECRET_KEY,
    publishableKey: PUBLISHABLE_KEY,
  });
  process.env[ENV.sandboxUrl] = sandbox.publicUrl;
  process.env[ENV.fixtureUrl] = fixture.url;
  process.env[ENV.manualConfirmationUrl] = manual.url;
  return async () => {
    await manual.close();
    await fixture.close();
    await sandbox.close();
    rmSync(dirname(bundlePath), { recursive: true, force: true });
  };
}
