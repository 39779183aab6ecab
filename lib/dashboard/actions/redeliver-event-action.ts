'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { redeliverEvent } from '@/lib/merchant-api/events/redeliver-event';
import { dashboardAction } from '../dashboard-action';

/** Delivery log → Redeliver: sends the event again to this endpoint, with a fresh retry schedule. */
export const redeliverEventAction = dashboardAction(
  z.object({ eventId: z.string().max(100), endpointId: z.string().max(100) }),
  async ({ eventId, endpointId }, ctx) => {
    await redeliverEvent(db(), ctx.merchantId, eventId, { endpoint: endpointId });
    revalidatePath('/dashboard/developers', 'layout');
    return { eventId };
  },
);
