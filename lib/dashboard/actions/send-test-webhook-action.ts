'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { sendTestEvent } from '@/lib/merchant-api/webhook-endpoints/send-test-event';
import { dashboardAction } from '../dashboard-action';

/** Endpoint → Send test event: a `webhook_endpoint.test` event to this endpoint only. */
export const sendTestWebhookAction = dashboardAction(
  z.object({ id: zObjectId('webhook_endpoint') }),
  async ({ id }, ctx) => {
    const event = await sendTestEvent(db(), ctx.merchantId, id, {});
    revalidatePath('/dashboard/developers', 'layout');
    return { id: event.id };
  },
);
