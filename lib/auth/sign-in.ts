import type { Db } from '@/lib/db/create-prisma';
import { ZEmail } from './create-user';
import { UNKNOWN_USER_HASH, verifyPassword } from './password';
import { createUserSession } from './user-sessions';

/**
 * Checks an email and password; on success starts a session and returns its token. Unknown emails
 * cost the same bcrypt comparison as known ones, so timing does not reveal which addresses exist.
 */
export async function signIn(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
): Promise<{ token: string; userId: string } | null> {
  const parsed = ZEmail.safeParse(email);
  const user = parsed.success ? await db.user.findUnique({ where: { email: parsed.data } }) : null;
  const valid = await verifyPassword(password.slice(0, 200), user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !valid) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { token: await createUserSession(db, user.id, now), userId: user.id };
}
