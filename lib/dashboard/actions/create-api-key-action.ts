'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { createApiKey } from '@/lib/merchant-api/api-keys/create-api-key';
import { dashboardAction } from '../dashboard-action';

/** Developers → Create key: the new key with its secret, which the dashboard shows once. */
export const createApiKeyAction = dashboardAction(z.object({ name: z.string() }), async ({ name }, ctx) => {
  const key = await createApiKey(db(), ctx.merchantId, name.trim() ? { name } : {});
  revalidatePath('/dashboard/developers');
  return key;
});
