import { isObjectId } from '@/lib/ids/object-ids';
import { parseHostMessage } from './parse-host-message';
import type {} from './tillpoint-api';

/** Tillpoint's origin: the one embed.js was loaded from. */
export function scriptOrigin(): string {
  let script = document.currentScript as HTMLScriptElement | null;
  if (!script || !script.src) {
    const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="/embed.js"]');
    script = scripts[scripts.length - 1] ?? null;
  }
  if (!script) throw new Error('Tillpoint: load embed.js with a <script src="https://<your Tillpoint>/embed.js"> tag.');
  return new URL(script.src, location.href).origin;
}

export function checkOptions(options: TillpointOptions): void {
  if (!options || typeof options.session !== 'string' || !isObjectId('checkout_session', options.session)) {
    throw new TypeError('Tillpoint: options.session must be a checkout session id (cs_...).');
  }
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function')
    throw new TypeError('Tillpoint: options.onEvent must be a function.');
}

export function createFrame(origin: string, session: string, mode: 'inline' | 'overlay'): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = origin + '/embed/' + encodeURIComponent(session) + '?mode=' + mode;
  iframe.title = 'Secure checkout';
  iframe.allow = 'payment';
  iframe.setAttribute('scrolling', mode === 'inline' ? 'no' : 'auto');
  setStyles(iframe, {
    display: 'block',
    width: '100%',
    height: '420px',
    border: '0',
    background: 'transparent',
    colorScheme: 'normal',
  });
  return iframe;
}

/** Listens for the frame's messages: checks the sender (Tillpoint's origin, this frame) and the shape. */
export function listen(
  origin: string,
  iframe: HTMLIFrameElement,
  session: string,
  handle: (event: TillpointEvent) => void,
): () => void {
  function onMessage(event: MessageEvent) {
    if (event.origin !== origin || event.source !== iframe.contentWindow) return;
    const parsed = parseHostMessage(event.data, session);
    if (parsed) handle(parsed);
  }
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

/** Hands an event to the merchant's `onEvent`; an error it throws is reported without breaking the checkout. */
export function deliver(options: TillpointOptions, event: TillpointEvent): void {
  if (!options.onEvent) return;
  try {
    options.onEvent(event);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

export function setStyles(node: HTMLElement, styles: Partial<Record<keyof CSSStyleDeclaration, string>>): void {
  Object.assign(node.style, styles);
}
