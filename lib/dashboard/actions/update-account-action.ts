'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db/db';
import { updateAccount } from '@/lib/merchant-api/account/update-account';
import { dashboardAction } from '../dashboard-action';

const ZInput = z.object({
  name: z.string().optional(),
  allowed_redirect_domains: z.array(z.string()).optional(),
  allowed_embed_origins: z.array(z.string()).optional(),
  brand_color: z.string().nullable().optional(),
  terms_of_service_url: z.string().nullable().optional(),
});

/** Settings: the same update as `POST /api/v1/account` (and its validation messages), for the fields given. */
export const updateAccountAction = dashboardAction(ZInput, async (input, ctx) => {
  const account = await updateAccount(db(), ctx.merchantId, input);
  revalidatePath('/dashboard', 'layout');
  return account;
});
