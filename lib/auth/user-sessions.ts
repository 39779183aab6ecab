import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db/create-prisma';
import { randomToken } from '@/lib/ids/new-id';

/** A session ends after this long without a request (and the cookie itself after SESSION_MAX_AGE). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
/** lastSeenAt (and so the idle deadline) is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a signed-in session; the token goes in the cookie and only its SHA-256 is stored. */
export async function createUserSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const token = randomToken(43);
  await db.userSession.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    },
  });
  return token;
}

/** The user and merchant of a live session token, or null; extends the idle deadline. */
export async function findSessionUser(db: Db, token: string, now = new Date()) {
  if (!/^[0-9A-Za-z]{43}$/.test(token)) return null;
  const session = await db.userSession.findUnique({
    where: { id: hashToken(token) },
    include: { user: { include: { merchant: true } } },
  });
  if (
    !session ||
    session.expiresAt <= now ||
    session.createdAt.getTime() + SESSION_MAX_AGE_SECONDS * 1000 <= now.getTime()
  )
    return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
    });
  }
  return { sessionId: session.id, user: session.user, merchant: session.user.merchant };
}

export async function deleteUserSession(db: Db, token: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: hashToken(token) } });
}

/** Removes sessions past their deadline (run by the background jobs). */
export async function pruneUserSessions(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
