'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { createEndpoint } from '@/lib/merchant-api/webhook-endpoints/create-endpoint';
import { dashboardAction } from '../dashboard-action';

const ZInput = z.object({ url: z.string(), description: z.string(), enabledEvents: z.array(z.string()) });

/** Developers → Add endpoint: the endpoint with its signing secret, which the dashboard shows once. */
export const createWebhookEndpointAction = dashboardAction(ZInput, async ({ url, description, enabledEvents }, ctx) => {
  const endpoint = await createEndpoint(db(), ctx.merchantId, {
    url: url.trim(),
    enabled_events: enabledEvents,
    ...(description.trim() && { description: description.trim() }),
  });
  revalidatePath('/dashboard/developers');
  return endpoint;
});
