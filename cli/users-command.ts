import { z } from 'zod';
import { createUser, UserExistsError, ZEmail } from '@/lib/auth/create-user';
import { ZPassword } from '@/lib/auth/password';
import { createPrisma } from '@/lib/db/create-prisma';
import { applyMigrations } from '@/lib/db/migrations/apply-migrations';
import { resolveDatabase } from '@/lib/db/resolve-database';
import { UsageError } from '@/scripts/run-command';
import { promptPassword, readPasswordFromStdin } from './read-password';

type Flags = { merchant?: string; email?: string; 'password-stdin': boolean; json: boolean };

const USAGE = 'Usage: npx tillpoint users create --merchant <id> --email <email> [--password-stdin] [--json]';

function firstProblem(error: z.ZodError): string {
  return z.prettifyError(error).replace(/^✖ /, '').split('\n')[0]!;
}

/** `users create`: a dashboard user for one merchant; the password is prompted (hidden) or read from stdin. */
export async function usersCommand(action: string | undefined, flags: Flags): Promise<void> {
  if (action !== 'create') throw new UsageError(USAGE);
  if (!flags.merchant) throw new UsageError(`--merchant is required. ${USAGE}`);
  const email = ZEmail.safeParse(flags.email ?? '');
  if (!email.success) throw new UsageError(`--email ${firstProblem(email.error)}`);
  const password = flags['password-stdin']
    ? await readPasswordFromStdin()
    : await promptPassword('Password (12+ characters): ');
  const checked = ZPassword.safeParse(password);
  if (!checked.success) throw new UsageError(`The password ${firstProblem(checked.error)}.`);

  const database = await resolveDatabase();
  const prisma = createPrisma(database.url, 1);
  try {
    await applyMigrations(database.url);
    const merchant = await prisma.merchant.findUnique({ where: { id: flags.merchant } });
    if (!merchant) throw new UsageError(`No merchant ${flags.merchant}. List them with: npx tillpoint merchants list`);
    const user = await createUser(prisma, { merchantId: merchant.id, email: email.data, password: checked.data }).catch(
      (error: unknown) => {
        throw error instanceof UserExistsError ? new UsageError(error.message) : error;
      },
    );
    if (flags.json) console.log(JSON.stringify({ id: user.id, email: user.email, merchant: merchant.id }));
    else console.log(`Created ${user.email} for ${merchant.name}. Sign in at /dashboard/login.`);
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}
