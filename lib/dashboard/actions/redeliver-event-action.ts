'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { redeliverEvent } from '@/lib/merchant-api/events/redeliver-event';
import { dashboardAction } from '../dashboard-action';

/** Delivery log → Redeliver: sends the event again to this endpoint, with a fresh retry schedule. */
export const redeliverEventAction = dashboardAction(
  z.object({ eventId: zObjectId('event'), endpointId: zObjectId('webhook_endpoint') }),
  async ({ eventId, endpointId }, ctx) => {
    await redeliverEvent(db(), ctx.merchantId, eventId, { endpoint: endpointId });
    revalidatePath('/dashboard/developers', 'layout');
    return { eventId };
  },
);
