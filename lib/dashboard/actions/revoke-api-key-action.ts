'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { revokeApiKey } from '@/lib/merchant-api/api-keys/revoke-api-key';
import { dashboardAction } from '../dashboard-action';

/** Developers → Revoke: the key stops working at once (the dashboard signs in without a key, so any key may go). */
export const revokeApiKeyAction = dashboardAction(z.object({ id: z.string().max(100) }), async ({ id }, ctx) => {
  const key = await revokeApiKey(db(), ctx.merchantId, id, null, {});
  revalidatePath('/dashboard/developers');
  return key;
});
