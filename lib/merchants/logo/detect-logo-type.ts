/** The image types a logo may be. SVG is not one: it can carry scripts and external references. */
export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The largest logo accepted, in bytes (checked again on the server whatever the browser said). */
export const MAX_LOGO_BYTES = 256 * 1024;

export type LogoContentType = (typeof LOGO_CONTENT_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The logo type the file's first bytes (its magic number) prove, whatever name or type it was sent with; null for anything else. */
export function detectLogoType(bytes: Uint8Array): LogoContentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** Why a file of `size` bytes is refused (the same words in the browser's early check and on the server). */
export function logoTooLargeMessage(size: number): string {
  return `That file is ${Math.ceil(size / 1024)} KB; a logo can be at most 256 KB.`;
}
