'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { updateEndpoint } from '@/lib/merchant-api/webhook-endpoints/update-endpoint';
import { dashboardAction } from '../dashboard-action';

const ZInput = z.object({
  id: zObjectId('webhook_endpoint'),
  url: z.string(),
  description: z.string(),
  enabledEvents: z.array(z.string()),
});

/** Endpoint → Edit: a new URL, events or description (the signing secret stays). */
export const updateWebhookEndpointAction = dashboardAction(
  ZInput,
  async ({ id, url, description, enabledEvents }, ctx) => {
    const endpoint = await updateEndpoint(db(), ctx.merchantId, id, {
      url: url.trim(),
      enabled_events: enabledEvents,
      description: description.trim() || null,
    });
    revalidatePath('/dashboard/developers', 'layout');
    return endpoint;
  },
);
