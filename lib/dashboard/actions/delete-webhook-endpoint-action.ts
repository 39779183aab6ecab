'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { deleteEndpoint } from '@/lib/merchant-api/webhook-endpoints/delete-endpoint';
import { dashboardAction } from '../dashboard-action';

/** Endpoint → Delete: nothing more is sent to it. */
export const deleteWebhookEndpointAction = dashboardAction(
  z.object({ id: zObjectId('webhook_endpoint') }),
  async ({ id }, ctx) => {
    const deleted = await deleteEndpoint(db(), ctx.merchantId, id);
    revalidatePath('/dashboard/developers', 'layout');
    return deleted;
  },
);
