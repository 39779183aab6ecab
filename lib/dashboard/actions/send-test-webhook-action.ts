'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { sendTestEvent } from '@/lib/merchant-api/webhook-endpoints/send-test-event';
import { dashboardAction } from '../dashboard-action';

/** Endpoint → Send test event: a `webhook_endpoint.test` event to this endpoint only. */
export const sendTestWebhookAction = dashboardAction(z.object({ id: z.string().max(100) }), async ({ id }, ctx) => {
  const event = await sendTestEvent(db(), ctx.merchantId, id, {});
  revalidatePath('/dashboard/developers', 'layout');
  return { id: event.id };
});
