/** The public page of a link: `<public url>/l/<slug>`. */
export function paymentLinkUrl(publicUrl: string, slug: string): string {
  return `${publicUrl}/l/${slug}`;
}

/** The link's QR code (SVG) for printing: `<public url>/l/<slug>/qr.svg`. */
export function paymentLinkQrUrl(publicUrl: string, slug: string): string {
  return `${paymentLinkUrl(publicUrl, slug)}/qr.svg`;
}
