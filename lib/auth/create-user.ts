import { z } from 'zod';
import type { Db } from '@/lib/db/create-prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { newId } from '@/lib/ids/new-id';
import { hashPassword, ZPassword } from './password';

export const ZEmail = z
  .email('must be an email address')
  .max(254)
  .transform((value) => value.toLowerCase());

export const ZCreateUserInput = z.object({ merchantId: z.string().min(1), email: ZEmail, password: ZPassword });

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`A user with the email ${email} already exists.`);
    this.name = 'UserExistsError';
  }
}

/** Creates a dashboard user of one merchant; the password is stored only as a bcrypt hash. */
export async function createUser(db: Db, input: z.input<typeof ZCreateUserInput>) {
  const { merchantId, email, password } = ZCreateUserInput.parse(input);
  await db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { id: true } });
  try {
    return await db.user.create({
      data: { id: newId('usr'), merchantId, email, passwordHash: await hashPassword(password) },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new UserExistsError(email);
    throw error;
  }
}

/** Sets a new password and signs the user out everywhere. */
export async function setUserPassword(db: Db, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(ZPassword.parse(password));
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.userSession.deleteMany({ where: { userId } }),
  ]);
}
