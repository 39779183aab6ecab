/** Where checkout pages load a merchant's logo: a path that changes with the file, so it can be cached for a year. */
export function logoUrl(merchantId: string, sha256: string): string {
  return `/brand/${merchantId}/logo?v=${sha256.slice(0, 16)}`;
}
