import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedMessage } from '@/lib/embed/embed-protocol';
import { parseHostMessage } from './parse-host-message';

const session = 'cs_4fJ2kQ9xZrT1mN8pL3vB6wYc';
const payment = 'pay_8sKd2Lq0Vn5Xb7Tz1Rw4Yp6M';

test('the loader accepts every message the checkout frame posts, as a fresh event without the envelope', () => {
  assert.deepEqual(parseHostMessage(embedMessage(session, { type: 'succeeded', payment }), session), {
    type: 'succeeded',
    payment,
    session,
  });
  assert.deepEqual(parseHostMessage(embedMessage(session, { type: 'resize', height: 612 }), session), {
    type: 'resize',
    height: 612,
    session,
  });
  assert.deepEqual(
    parseHostMessage(embedMessage(session, { type: 'failed', code: 'card_declined', message: 'Declined' }), session),
    { type: 'failed', code: 'card_declined', message: 'Declined', session },
  );
});

test('the loader ignores other sessions, versions, types and malformed fields', () => {
  const ok = embedMessage(session, { type: 'succeeded', payment });
  for (const bad of [
    null,
    'succeeded',
    { ...ok, session: 'cs_000000000000000000000000' },
    { ...ok, version: 2 },
    { ...ok, protocol: 'other' },
    { ...ok, type: 'paid' },
    { ...ok, payment: 'pay_short' },
    embedMessage(session, { type: 'resize', height: 20_001 }),
    embedMessage(session, { type: 'resize', height: 1.5 }),
  ]) {
    assert.equal(parseHostMessage(bad, session), null, JSON.stringify(bad));
  }
});
