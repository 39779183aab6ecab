import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db/create-prisma';
import { domainError } from '@/lib/core/domain-error';
import { detectLogoType, logoTooLargeMessage, MAX_LOGO_BYTES } from './detect-logo-type';
import { logoUrl } from './logo-url';

export type LogoUpload = { bytes: Uint8Array; declaredType: string };

/**
 * Stores a merchant's logo and points `Merchant.logoUrl` at its versioned path. Only PNG, JPEG and WebP
 * up to 256 KB are accepted, judged by the file's own bytes (the declared type is only used to say why
 * an SVG is refused); the stored content type is the detected one.
 */
export async function saveMerchantLogo(
  db: Db,
  merchantId: string,
  { bytes, declaredType }: LogoUpload,
): Promise<string> {
  if (bytes.length === 0) throw domainError('parameter_invalid', 'Choose an image file to upload.', 'logo');
  if (bytes.length > MAX_LOGO_BYTES) {
    throw domainError('parameter_invalid', logoTooLargeMessage(bytes.length), 'logo');
  }
  const contentType = detectLogoType(bytes);
  if (!contentType) {
    const svg =
      declaredType === 'image/svg+xml' ||
      /^\s*(<\?xml|<svg)/i.test(Buffer.from(bytes.subarray(0, 256)).toString('utf8'));
    throw domainError(
      'parameter_invalid',
      svg
        ? 'SVG logos are not accepted. Upload a PNG, JPEG or WebP image.'
        : 'That file is not a PNG, JPEG or WebP image.',
      'logo',
    );
  }
  const data = Buffer.from(bytes);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const url = logoUrl(merchantId, sha256);
  await db.$transaction([
    db.merchantLogo.upsert({
      where: { merchantId },
      create: { merchantId, contentType, data, sha256 },
      update: { contentType, data, sha256 },
    }),
    db.merchant.update({ where: { id: merchantId }, data: { logoUrl: url } }),
  ]);
  return url;
}
