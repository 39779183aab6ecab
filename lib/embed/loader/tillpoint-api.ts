import type { EmbedMessageBody } from '@/lib/embed/embed-messages';

/** The global `Tillpoint` that embed.js defines, and the types a merchant's page may name (JSDoc or TypeScript). */
declare global {
  type TillpointEventBody = EmbedMessageBody;
  type TillpointEvent = TillpointEventBody & { session: string };
  type TillpointOptions = { session: string; onEvent?: (event: TillpointEvent) => void };
  type TillpointInline = { iframe: HTMLIFrameElement; destroy: () => void };
  type TillpointOverlay = { iframe: HTMLIFrameElement; close: () => boolean };
  type TillpointApi = {
    version: string;
    protocolVersion: number;
    mount(target: Element | string, options: TillpointOptions): TillpointInline;
    open(options: TillpointOptions): TillpointOverlay;
  };
  // A script's global, as `var Tillpoint` declares it.
  var Tillpoint: TillpointApi;
}
