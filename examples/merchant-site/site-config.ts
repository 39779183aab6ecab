import { z } from 'zod';

/** The demo site's settings, from its environment (the launcher sets them; the secret key only there). */
export const ZSiteConfig = z.object({
  TILLPOINT_URL: z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, '')),
  TILLPOINT_SECRET_KEY: z.string().regex(/^sk_test_\w+$/, 'must be a Tillpoint secret key (sk_test_...)'),
  DEMO_SITE_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
});

export type TSiteConfig = z.infer<typeof ZSiteConfig> & { origin: string };

/** Reads the settings; throws naming the first bad one (never echoing the key). */
export function siteConfig(env: NodeJS.ProcessEnv): TSiteConfig {
  const parsed = ZSiteConfig.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Demo merchant site: ${issue.path.join('.')} ${issue.message}`);
  }
  return { ...parsed.data, origin: `http://localhost:${parsed.data.DEMO_SITE_PORT}` };
}
