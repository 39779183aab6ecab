'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { rotateEndpointSecret } from '@/lib/merchant-api/webhook-endpoints/rotate-endpoint-secret';
import { dashboardAction } from '../dashboard-action';

/** Endpoint → Rotate secret: the new signing secret (shown once) replaces the old one at once. */
export const rotateWebhookSecretAction = dashboardAction(z.object({ id: z.string().max(100) }), async ({ id }, ctx) => {
  const endpoint = await rotateEndpointSecret(db(), ctx.merchantId, id, {});
  revalidatePath('/dashboard/developers', 'layout');
  return endpoint;
});
