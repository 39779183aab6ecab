import { z } from 'zod';
import type { Db } from '@/lib/db/create-prisma';
import { generateSecretKey } from '@/lib/api-keys/secret-key';
import { newId } from '@/lib/ids/new-id';

export const ZCreateMerchantInput = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  isDemo: z.boolean().default(false),
});
export type TCreateMerchantInput = z.input<typeof ZCreateMerchantInput>;

export type CreatedMerchant = { id: string; name: string; secretKey: string };

/** Creates a merchant with its first secret key; the key is returned here and never again. */
export async function createMerchant(db: Db, input: TCreateMerchantInput): Promise<CreatedMerchant> {
  const { name, isDemo } = ZCreateMerchantInput.parse(input);
  const secret = generateSecretKey();
  const merchant = await db.merchant.create({
    data: {
      id: newId('mer'),
      name,
      isDemo,
      apiKeys: { create: { id: newId('key'), hash: secret.hash, prefix: secret.prefix } },
    },
  });
  return { id: merchant.id, name: merchant.name, secretKey: secret.key };
}
