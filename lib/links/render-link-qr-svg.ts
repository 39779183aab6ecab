import QRCode from 'qrcode';

/** The QR code of a link's URL as a standalone SVG (dark on white, with a quiet zone) for print and screens. */
export async function renderLinkQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 512,
    color: { dark: '#0f172aff', light: '#ffffffff' },
  });
}
