import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderLinkQrSvg } from './render-link-qr-svg';

test('the QR code is a standalone SVG that grows with the URL it encodes, and carries no script', async () => {
  const short = await renderLinkQrSvg('https://pay.example/l/Qx7Lm2Rt9Vb4Nc8Kw1Zp5Hs3');
  assert.match(short, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 (\d+) \1"/);
  assert.match(short, /<path[^>]*fill="#ffffff"/);
  assert.match(short, /<path[^>]*stroke="#0f172a"/);
  assert.doesNotMatch(short, /<script|on\w+=/i);
  const long = await renderLinkQrSvg(`https://pay.example/l/${'Q'.repeat(24)}?client_reference_id=${'x'.repeat(150)}`);
  const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
  assert.ok(size(long) > size(short), 'more data, more modules');
});
