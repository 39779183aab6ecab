import assert from 'node:assert/strict';
import { test } from 'node:test';
import { challengeReturnMessage, ZChallengeReturnMessage } from './challenge-return-message';
import { embedMessage, EMBED_PROTOCOL, ZEmbedMessage } from './embed-protocol';
import { postEmbedMessage } from './post-embed-message';

const session = 'cs_4fJ2kQ9xZrT1mN8pL3vB6wYc';
const payment = 'pay_8sKd2Lq0Vn5Xb7Tz1Rw4Yp6M';

test('every message carries the protocol, its version and the session id', () => {
  assert.deepEqual(embedMessage(session, { type: 'resize', height: 612 }), {
    protocol: EMBED_PROTOCOL,
    version: 1,
    session,
    type: 'resize',
    height: 612,
  });
  assert.deepEqual(embedMessage(session, { type: 'ready' }), {
    protocol: EMBED_PROTOCOL,
    version: 1,
    session,
    type: 'ready',
  });
  for (const message of [
    embedMessage(session, { type: 'ready' }),
    embedMessage(session, { type: 'requires_action' }),
    embedMessage(session, { type: 'processing' }),
    embedMessage(session, { type: 'succeeded', payment }),
    embedMessage(session, { type: 'failed', code: 'card_declined', message: 'Your card was declined.' }),
    embedMessage(session, { type: 'expired' }),
    embedMessage(session, { type: 'close' }),
  ]) {
    assert.equal(ZEmbedMessage.safeParse(message).success, true, message.type);
  }
});

test('the schema refuses other versions, unknown types, missing or extra fields', () => {
  const ok = embedMessage(session, { type: 'succeeded', payment });
  for (const bad of [
    { ...ok, version: 2 },
    { ...ok, protocol: 'other' },
    { ...ok, type: 'paid' },
    { ...ok, payment: undefined },
    { ...ok, payment: 'pay_short' },
    { ...ok, session: 'cs_x' },
    { ...ok, extra: true },
    { ...embedMessage(session, { type: 'resize', height: 10 }), height: -1 },
    { ...embedMessage(session, { type: 'resize', height: 10 }), height: 10.5 },
    { ...embedMessage(session, { type: 'failed', code: 'x', message: 'y' }), message: '' },
    'succeeded',
    null,
  ]) {
    assert.equal(ZEmbedMessage.safeParse(bad).success, false, JSON.stringify(bad));
  }
});

test('messages are posted to the exact embed origin, never to any origin', () => {
  const posted: [unknown, string][] = [];
  const target = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) };
  postEmbedMessage(target, 'https://shop.example.com', embedMessage(session, { type: 'processing' }));
  assert.deepEqual(posted, [[embedMessage(session, { type: 'processing' }), 'https://shop.example.com']]);
  for (const origin of ['*', 'https://shop.example.com/', 'http://shop.example.com', '/']) {
    assert.throws(
      () => postEmbedMessage(target, origin, embedMessage(session, { type: 'processing' })),
      /exact origin/,
    );
  }
  assert.throws(() =>
    postEmbedMessage(target, 'https://shop.example.com', {
      ...embedMessage(session, { type: 'processing' }),
      version: 2,
    } as never),
  );
  assert.equal(posted.length, 1);
});

test('the 3-D Secure return message names the payment and nothing else', () => {
  assert.equal(ZChallengeReturnMessage.safeParse(challengeReturnMessage(payment)).success, true);
  assert.equal(
    ZChallengeReturnMessage.safeParse({ ...challengeReturnMessage(payment), outcome: 'succeeded' }).success,
    false,
  );
  assert.equal(ZChallengeReturnMessage.safeParse(embedMessage(session, { type: 'ready' })).success, false);
});
