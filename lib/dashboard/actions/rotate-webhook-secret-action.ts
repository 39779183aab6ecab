'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { rotateEndpointSecret } from '@/lib/merchant-api/webhook-endpoints/rotate-endpoint-secret';
import { dashboardAction } from '../dashboard-action';

/** Endpoint → Rotate secret: the new signing secret (shown once) replaces the old one at once. */
export const rotateWebhookSecretAction = dashboardAction(
  z.object({ id: zObjectId('webhook_endpoint') }),
  async ({ id }, ctx) => {
    const endpoint = await rotateEndpointSecret(db(), ctx.merchantId, id, {});
    revalidatePath('/dashboard/developers', 'layout');
    return endpoint;
  },
);
