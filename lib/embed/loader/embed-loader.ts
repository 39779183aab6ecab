/**
 * Tillpoint embedded checkout loader, bundled to public/embed.js (scripts/build-embed-loader.mjs): no
 * dependencies, only types and constants imported. Load it from your Tillpoint server:
 *
 *   <script src="https://pay.example.com/embed.js"></script>
 *   Tillpoint.mount('#checkout', { session: 'cs_...', onEvent: (event) => console.log(event) });
 *   Tillpoint.open({ session: 'cs_...', onEvent: (event) => console.log(event) });
 *
 * The checkout runs in a frame from the origin this script came from. Only messages from that frame,
 * of this protocol version, for this session and of a known shape reach `onEvent`; all else is ignored.
 */
import { EMBED_PROTOCOL_VERSION } from '@/lib/embed/embed-messages';
import { scriptOrigin } from './checkout-frame';
import { mountInline } from './mount-inline';
import { openOverlay } from './open-overlay';
import type {} from './tillpoint-api';

const origin = scriptOrigin();

globalThis.Tillpoint = {
  version: '1.0.0',
  protocolVersion: EMBED_PROTOCOL_VERSION,
  mount: (target, options) => mountInline(origin, target, options),
  open: (options) => openOverlay(origin, options),
};
