'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { updateEndpoint } from '@/lib/merchant-api/webhook-endpoints/update-endpoint';
import { dashboardAction } from '../dashboard-action';

/** Endpoint → Disable / Enable: disabling pauses deliveries (kept, not dropped); enabling resumes them and clears the failure state. */
export const setWebhookEndpointEnabledAction = dashboardAction(
  z.object({ id: zObjectId('webhook_endpoint'), enabled: z.boolean() }),
  async ({ id, enabled }, ctx) => {
    const endpoint = await updateEndpoint(db(), ctx.merchantId, id, { enabled }, 'disabled in the dashboard');
    revalidatePath('/dashboard/developers', 'layout');
    return endpoint;
  },
);
