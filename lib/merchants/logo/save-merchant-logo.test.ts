import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '@/test-support/test-database';
import { createMerchant } from '../create-merchant';
import { detectLogoType, MAX_LOGO_BYTES } from './detect-logo-type';
import { findMerchantLogo } from './find-merchant-logo';
import { removeMerchantLogo } from './remove-merchant-logo';
import { saveMerchantLogo } from './save-merchant-logo';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

test('the type is read from the magic bytes, not the name or declared type', () => {
  assert.equal(detectLogoType(PNG), 'image/png');
  assert.equal(detectLogoType(JPEG), 'image/jpeg');
  assert.equal(detectLogoType(WEBP), 'image/webp');
  assert.equal(detectLogoType(SVG), null);
  assert.equal(detectLogoType(Buffer.from('GIF89a')), null);
  assert.equal(detectLogoType(Buffer.from('RIFF\0\0\0\0WAVE')), null);
  assert.equal(detectLogoType(new Uint8Array()), null);
});

test('a logo is stored with its detected type and the merchant points at a versioned path', async () => {
  const merchant = await createMerchant(database.prisma, { name: 'Logo shop' });
  const url = await saveMerchantLogo(database.prisma, merchant.id, {
    bytes: PNG,
    declaredType: 'application/octet-stream',
  });
  assert.match(url, new RegExp(`^/brand/${merchant.id}/logo\\?v=[0-9a-f]{16}$`));
  const stored = await findMerchantLogo(database.prisma, merchant.id);
  assert.equal(stored?.contentType, 'image/png');
  assert.deepEqual(Buffer.from(stored!.data), PNG);
  assert.equal((await database.prisma.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).logoUrl, url);

  const replaced = await saveMerchantLogo(database.prisma, merchant.id, { bytes: JPEG, declaredType: 'image/png' });
  assert.notEqual(replaced, url, 'a new file gets a new version');
  assert.equal((await findMerchantLogo(database.prisma, merchant.id))?.contentType, 'image/jpeg');

  await removeMerchantLogo(database.prisma, merchant.id);
  assert.equal(await findMerchantLogo(database.prisma, merchant.id), null);
  assert.equal((await database.prisma.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).logoUrl, null);
});

test('SVG, files that are not images, empty files and files over 256 KB are refused with a reason, and nothing changes', async () => {
  const merchant = await createMerchant(database.prisma, { name: 'Strict logo shop' });
  const save = (bytes: Uint8Array, declaredType = 'image/png') =>
    saveMerchantLogo(database.prisma, merchant.id, { bytes, declaredType });
  await assert.rejects(save(SVG, 'image/svg+xml'), {
    param: 'logo',
    message: 'SVG logos are not accepted. Upload a PNG, JPEG or WebP image.',
  });
  await assert.rejects(save(SVG, 'image/png'), { message: /SVG logos are not accepted/ });
  await assert.rejects(save(Buffer.from('%PDF-1.7 not an image')), {
    message: 'That file is not a PNG, JPEG or WebP image.',
  });
  await assert.rejects(save(new Uint8Array()), { message: 'Choose an image file to upload.' });
  const big = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
  await assert.rejects(save(big), {
    message: `That file is ${Math.ceil(big.length / 1024)} KB; a logo can be at most 256 KB.`,
  });
  assert.equal(await findMerchantLogo(database.prisma, merchant.id), null);
  assert.equal((await database.prisma.merchant.findUniqueOrThrow({ where: { id: merchant.id } })).logoUrl, null);
});
