import { db } from '@/lib/db/db';
import { isObjectId } from '@/lib/ids/object-ids';
import { findMerchantLogo } from '@/lib/merchants/logo/find-merchant-logo';

export const dynamic = 'force-dynamic';

/** A merchant's uploaded logo for checkout pages: its stored (detected) type, never sniffed; a year of cache for the current version. */
export async function GET(request: Request, { params }: { params: Promise<{ merchantId: string }> }) {
  const { merchantId } = await params;
  const logo = isObjectId('merchant', merchantId) ? await findMerchantLogo(db(), merchantId) : null;
  if (!logo)
    return new Response('Not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  const current = new URL(request.url).searchParams.get('v') === logo.sha256.slice(0, 16);
  return new Response(new Uint8Array(logo.data), {
    headers: {
      'content-type': logo.contentType,
      'content-length': String(logo.data.length),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: `"${logo.sha256}"`,
    },
  });
}
