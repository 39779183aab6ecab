import { z } from 'zod';

const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

export const ZRedirectDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(HOSTNAME, 'must be a host name such as shop.example.com (no scheme, port or path)');

export const ZApiUpdateAccount = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
  allowed_redirect_domains: z
    .array(ZRedirectDomain)
    .max(50, 'must have at most 50 domains')
    .optional()
    .describe('Hosts success_url and cancel_url may point to (the host itself or a subdomain). Empty: any https host.'),
});
