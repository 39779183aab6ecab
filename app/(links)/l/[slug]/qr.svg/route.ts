import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { isLinkSlug } from '@/lib/ids/object-ids';
import { paymentLinkUrl } from '@/lib/objects/payment-link-url';
import { renderLinkQrSvg } from '@/lib/links/render-link-qr-svg';

export const dynamic = 'force-dynamic';

/** The link's QR code as SVG, for print: public like the link itself; `?download` makes browsers save it. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const link = isLinkSlug(slug) ? await db().paymentLink.findUnique({ where: { slug }, select: { slug: true } }) : null;
  if (!link)
    return new Response('No such payment link.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const svg = await renderLinkQrSvg(paymentLinkUrl(appEnv().TILLPOINT_PUBLIC_URL, link.slug));
  const disposition = new URL(request.url).searchParams.has('download') ? 'attachment' : 'inline';
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Disposition': `${disposition}; filename="payment-link-qr-${link.slug.slice(0, 8)}.svg"`,
      'Cache-Control': 'public, max-age=86400',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
