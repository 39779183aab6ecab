import { z } from 'zod';
import { createPrisma } from '@/lib/db/create-prisma';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { resolveDatabase } from '@/lib/db/resolve-database';
import { createMerchant, ZCreateMerchantInput } from '@/lib/merchants/create-merchant';
import { listMerchants } from '@/lib/merchants/list-merchants';
import { UsageError } from '@/scripts/run-command';

type Flags = { name?: string; json: boolean };

export async function merchantsCommand(action: string | undefined, flags: Flags): Promise<void> {
  if (action !== 'create' && action !== 'list') {
    throw new UsageError('Usage: npx tillpoint merchants create --name <name> [--json] | merchants list [--json]');
  }
  if (action === 'create') {
    const parsed = ZCreateMerchantInput.safeParse({ name: flags.name ?? '' });
    if (!parsed.success)
      throw new UsageError(`--name ${z.prettifyError(parsed.error).replace(/^✖ /, '').split('\n')[0]}`);
  }

  const database = await resolveDatabase();
  const prisma = createPrisma(database.url, 1);
  try {
    await applyMigrations(database.url);
    if (action === 'create') {
      const merchant = await createMerchant(prisma, { name: flags.name! });
      if (flags.json) {
        console.log(JSON.stringify({ id: merchant.id, name: merchant.name, secret_key: merchant.secretKey }));
      } else {
        console.log(`Created merchant ${merchant.name} (${merchant.id}).`);
        console.log(`Secret key (shown once, store it now): ${merchant.secretKey}`);
      }
      return;
    }
    const merchants = await listMerchants(prisma);
    if (flags.json) {
      const rows = merchants.map((m) => ({
        id: m.id,
        name: m.name,
        demo: m.isDemo,
        created_at: m.createdAt.toISOString(),
        key_prefixes: m.keyPrefixes,
      }));
      console.log(JSON.stringify(rows));
    } else if (merchants.length === 0) {
      console.log('No merchants yet. Create one: npx tillpoint merchants create --name "Acme"');
    } else {
      for (const m of merchants) {
        console.log(
          `${m.id}  ${m.name}${m.isDemo ? ' (demo)' : ''}  keys: ${m.keyPrefixes.map((p) => `${p}…`).join(', ') || 'none'}`,
        );
      }
    }
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}
