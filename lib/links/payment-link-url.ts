/** The public page of a link: `<public url>/l/<slug>`. */
export function paymentLinkUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/l/${slug}`;
}

/** The link's QR code (SVG) for printing: `<public url>/l/<slug>/qr.svg`. */
export function paymentLinkQrUrl(publicUrl: string, slug: string): string {
  return `${paymentLinkUrl(publicUrl, slug)}/qr.svg`;
}

/** Slugs are `randomToken(24)`: base62, so anything else is unknown without a database read. */
export const SLUG_PATTERN = /^[0-9A-Za-z]{24}$/;
