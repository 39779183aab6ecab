import type { ResolvedDatabase } from '@/lib/db/resolve-database';
import type { BaseEnv } from '@/lib/env/env-schema';
import type { CreatedMerchant } from '@/lib/merchants/create-merchant';

type BannerInput = {
  publicUrl: string;
  config: BaseEnv;
  database: ResolvedDatabase;
  useSandbox: boolean;
  demo: CreatedMerchant | null;
  demoLogin: { email: string; password: string } | null;
  dev: boolean;
  /** The demo merchant site's URL when it runs. */
  demoSiteUrl: string | null;
};

/** What a newcomer reads once everything is up: where to go and what to try next. */
export function printBanner({
  publicUrl,
  config,
  database,
  useSandbox,
  demo,
  demoLogin,
  dev,
  demoSiteUrl,
}: BannerInput): void {
  const lines = [
    '',
    `Tillpoint is running${dev ? ' (development mode)' : ''}.`,
    '',
    `  Web app         ${publicUrl}`,
    `  Dashboard       ${publicUrl}/dashboard${demoLogin ? `  (demo login: ${demoLogin.email} / ${demoLogin.password}, new at every start)` : ''}`,
    `  Health          ${publicUrl}/api/health`,
    ...(demoSiteUrl
      ? [`  Demo shop site  ${demoSiteUrl}  (a merchant's own site with the checkout embedded, on another origin)`]
      : []),
    useSandbox
      ? `  Stripe sandbox  http://localhost:${config.SANDBOX_PORT}  (offline stand-in for Stripe; no keys needed)`
      : '  Stripe          api.stripe.com with your STRIPE_SECRET_KEY',
    database.embedded
      ? `  Database        embedded PGlite in ${config.TILLPOINT_DATA_DIR}/ (served at ${redact(database.url)})`
      : `  Database        ${redact(database.url)}`,
    '',
    'Next steps:',
    `  1. Open ${publicUrl} in your browser.`,
    '  2. Create a merchant:  npx tillpoint merchants create --name "Acme"',
    useSandbox
      ? '  3. Pay with test card 4242 4242 4242 4242 (3-D Secure: 4000 0027 6000 3184), any future date, any CVC.'
      : '',
    ...(demoSiteUrl
      ? [`  ${useSandbox ? 4 : 3}. See the checkout embedded in a merchant's own site: ${demoSiteUrl}`]
      : []),
  ];
  if (demo) {
    lines.push(
      '',
      `Demo merchant created: ${demo.name} (${demo.id})`,
      `  Its secret key, shown only this once: ${demo.secretKey}`,
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n'));
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
