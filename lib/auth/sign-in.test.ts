import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { createUser, setUserPassword, UserExistsError } from './create-user';
import { signIn } from './sign-in';
import { deleteUserSession, findSessionUser, SESSION_IDLE_MS } from './user-sessions';

let database: TestDatabase;
let merchantId: string;
before(async () => {
  database = await createTestDatabase();
  merchantId = (await createMerchant(database.prisma, { name: 'Auth shop' })).id;
  await createUser(database.prisma, { merchantId, email: 'Owner@Example.com', password: 'correct horse battery' });
});
after(() => database.close());

test('a user signs in with the right password only; the email is case-insensitive; only a hash is stored', async () => {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'owner@example.com' } });
  assert.match(user.passwordHash, /^\$2[aby]\$11\$/);
  assert.ok(!user.passwordHash.includes('correct horse'));
  assert.equal(await signIn(database.prisma, 'owner@example.com', 'wrong password!!'), null);
  assert.equal(await signIn(database.prisma, 'nobody@example.com', 'correct horse battery'), null);
  const session = await signIn(database.prisma, 'OWNER@example.com', 'correct horse battery');
  assert.ok(session);
  const found = await findSessionUser(database.prisma, session.token);
  assert.equal(found?.merchant.id, merchantId);
  assert.equal(found?.user.email, 'owner@example.com');
});

test('a session ends on sign-out and after the idle deadline; the stored id is not the token', async () => {
  const session = (await signIn(database.prisma, 'owner@example.com', 'correct horse battery'))!;
  assert.equal(await database.prisma.userSession.count({ where: { id: session.token } }), 0);
  const later = new Date(Date.now() + SESSION_IDLE_MS + 1000);
  assert.equal(await findSessionUser(database.prisma, session.token, later), null);
  await deleteUserSession(database.prisma, session.token);
  assert.equal(await findSessionUser(database.prisma, session.token), null);
  assert.equal(await findSessionUser(database.prisma, 'not-a-token'), null);
});

test('one account per email, a short password is refused, and a new password signs out everywhere', async () => {
  await assert.rejects(
    createUser(database.prisma, { merchantId, email: 'owner@example.com', password: 'another long password' }),
    UserExistsError,
  );
  await assert.rejects(
    createUser(database.prisma, { merchantId, email: 'short@example.com', password: 'short' }),
    /at least 12 characters/,
  );
  const session = (await signIn(database.prisma, 'owner@example.com', 'correct horse battery'))!;
  await setUserPassword(database.prisma, session.userId, 'a brand new passphrase');
  assert.equal(await findSessionUser(database.prisma, session.token), null);
  assert.ok(await signIn(database.prisma, 'owner@example.com', 'a brand new passphrase'));
});
