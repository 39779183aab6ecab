import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLinkPrefill, prefillParams } from './link-prefill';

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return parseLinkPrefill((name) => params.get(name));
};

test('valid prefill values are kept and carried on as parameters', () => {
  const prefill = from('prefilled_email=ada%40example.com&locale=fr-CA&client_reference_id=order_1042-b');
  assert.deepEqual(prefill, { email: 'ada@example.com', locale: 'fr-CA', clientReferenceId: 'order_1042-b' });
  assert.deepEqual(prefillParams(prefill), [
    ['prefilled_email', 'ada@example.com'],
    ['locale', 'fr-CA'],
    ['client_reference_id', 'order_1042-b'],
  ]);
});

test('each bad value is dropped on its own, silently', () => {
  assert.deepEqual(from('prefilled_email=not-an-email&locale=fr&client_reference_id=ok'), {
    locale: 'fr',
    clientReferenceId: 'ok',
  });
  assert.deepEqual(from('prefilled_email=a%40b.co&locale=%3Cscript%3E&client_reference_id=%3Cb%3Ex%3C%2Fb%3E'), {
    email: 'a@b.co',
  });
  assert.deepEqual(from(`client_reference_id=${'x'.repeat(201)}&locale=xx-${'y'.repeat(40)}`), {});
  assert.deepEqual(from('locale=en_US'), {});
  assert.deepEqual(
    parseLinkPrefill(() => ['array']),
    {},
  );
  assert.deepEqual(from(''), {});
});
