'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { revokeApiKey } from '@/lib/merchant-api/api-keys/revoke-api-key';
import { dashboardAction } from '../dashboard-action';

/** Developers → Revoke: the key stops working at once (the dashboard signs in without a key, so any key may go). */
export const revokeApiKeyAction = dashboardAction(z.object({ id: zObjectId('api_key') }), async ({ id }, ctx) => {
  const key = await revokeApiKey(db(), ctx.merchantId, id, null, {});
  revalidatePath('/dashboard/developers');
  return key;
});
