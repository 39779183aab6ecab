'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { zObjectId } from '@/lib/ids/object-id-schema';
import { rollApiKey } from '@/lib/merchant-api/api-keys/roll-api-key';
import { dashboardAction } from '../dashboard-action';

/** Developers → Roll: a new key now; the old one stops at once or after `expiresIn` seconds. */
export const rollApiKeyAction = dashboardAction(
  z.object({ id: zObjectId('api_key'), expiresIn: z.number() }),
  async ({ id, expiresIn }, ctx) => {
    const key = await rollApiKey(db(), ctx.merchantId, id, { expires_in: expiresIn });
    revalidatePath('/dashboard/developers');
    return key;
  },
);
