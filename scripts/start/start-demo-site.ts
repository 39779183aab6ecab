import { createRequire } from 'node:module';
import { startChild, stopChildren, waitForHttp, type Child } from './children';

const require = createRequire(import.meta.url);

type DemoSiteInput = { port: number; origin: string; tillpointUrl: string; secretKey: string };

/**
 * Starts the demo merchant site (examples/merchant-site). Its secret key goes to it by environment only,
 * never to disk or the log. Null, with a warning, when it does not come up: Tillpoint runs without it.
 */
export async function startDemoSite({ port, origin, tillpointUrl, secretKey }: DemoSiteInput): Promise<Child | null> {
  const site = startChild(
    'demo-site',
    process.execPath,
    [require.resolve('tsx/cli'), 'examples/merchant-site/server.ts'],
    {
      ...process.env,
      TILLPOINT_URL: tillpointUrl,
      TILLPOINT_SECRET_KEY: secretKey,
      DEMO_SITE_PORT: String(port),
    },
  );
  if (await waitForHttp(`${origin}/health`, site, 30_000)) return site;
  console.warn(
    `The demo merchant site did not start on port ${port} (is the port taken? set DEMO_SITE_PORT, or 0 to turn it off); Tillpoint runs without it.`,
  );
  await stopChildren([site]);
  return null;
}
