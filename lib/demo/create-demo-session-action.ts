'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createCheckoutSession } from '@/lib/sessions/create-checkout-session';
import { db } from '@/lib/db/db';
import { appEnv, usesSandbox } from '@/lib/env/app-env';
import { clientIp } from '@/lib/http/client-ip';
import { limitLinkCheckout } from '@/lib/links/link-rate-limits';
import { DEMO_PRODUCTS } from './demo-catalog';

const ZDemoOrder = z.object({
  product: z.enum(DEMO_PRODUCTS.map((p) => p.id) as [string, ...string[]]),
  quantity: z.coerce.number().int().min(1).max(10),
  threeDSecureUi: z.enum(['modal', 'redirect']),
});

/**
 * The demo store's "Buy" button: a checkout session for the demo merchant, then the hosted page. Only
 * with the Stripe sandbox (with real keys there is no demo store), and rate-limited per client IP in a
 * bucket of its own next to the payment links' (`LINK_RATE_LIMIT_IP_*`), since anyone may press it.
 */
export async function createDemoSessionAction(formData: FormData): Promise<void> {
  if (!usesSandbox()) redirect('/demo');
  if (await limitLinkCheckout(`demo:${clientIp(await headers())}`)) redirect('/demo?limited=1');
  const order = ZDemoOrder.parse(Object.fromEntries(formData));
  const merchant = await db().merchant.findFirst({ where: { isDemo: true } });
  if (!merchant) throw new Error('The demo merchant is missing: start Tillpoint with npm start, which creates it.');
  const product = DEMO_PRODUCTS.find((p) => p.id === order.product)!;
  const base = appEnv().TILLPOINT_PUBLIC_URL;
  const session = await createCheckoutSession(db(), {
    merchantId: merchant.id,
    currency: 'usd',
    lineItems: [{ name: product.name, unitAmount: product.unitAmount, quantity: order.quantity }],
    successUrl: `${base}/demo/thanks?session={CHECKOUT_SESSION_ID}&payment={PAYMENT_ID}`,
    cancelUrl: `${base}/demo`,
    threeDSecureUi: order.threeDSecureUi as 'modal' | 'redirect',
  });
  redirect(`/c/${session.id}`);
}
