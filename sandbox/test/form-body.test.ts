import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseForm } from '../src/http/form-body.js';
import { fingerprint } from '../src/state/idempotency.js';

describe('parseForm', () => {
  it('nests brackets, indexes arrays, keeps empty strings', () => {
    assert.deepEqual(parseForm('amount=100&metadata[a]=1&expand[0]=x&expand[1]=y&types[]=card&description='), {
      amount: '100',
      metadata: { a: '1' },
      expand: ['x', 'y'],
      types: ['card'],
      description: '',
    });
  });

  it('decodes percent-encoding, + as space and encoded brackets', () => {
    assert.deepEqual(parseForm('a%5Bb%5D=hello+world%21&c=%E2%82%AC'), { a: { b: 'hello world!' }, c: '€' });
  });

  it('handles deep objects inside arrays and ignores __proto__', () => {
    assert.deepEqual(parseForm('items[0][price]=p&items[0][qty]=2&items[1][price]=q&__proto__[x]=1'), {
      items: [{ price: 'p', qty: '2' }, { price: 'q' }],
    });
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });

  it('the last value of a repeated key wins; malformed escapes stay literal', () => {
    assert.deepEqual(parseForm('a=1&a=2&b=%E0%A4%A'), { a: '2', b: '%E0%A4%A' });
  });
});

describe('fingerprint', () => {
  it('ignores key order', () => {
    assert.equal(fingerprint(parseForm('a=1&b[x]=2&b[y]=3')), fingerprint(parseForm('b[y]=3&b[x]=2&a=1')));
    assert.notEqual(fingerprint(parseForm('a=1')), fingerprint(parseForm('a=2')));
  });
});
