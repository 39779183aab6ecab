import { checkOptions, createFrame, deliver, listen, setStyles } from './checkout-frame';
import type {} from './tillpoint-api';
import { loaderText } from './loader-text';

const OVERLAY_MARGIN = 16;

/**
 * Opens the checkout in a full-screen overlay. The customer closes it with its button or Escape, or the
 * checkout asks to close (Done); never while a payment is processing or being authenticated. `onEvent`
 * gets `close` once, when the overlay has closed.
 */
export function openOverlay(origin: string, options: TillpointOptions): TillpointOverlay {
  checkOptions(options);
  const session = options.session;
  let busy = false;
  let closed = false;
  let contentHeight = 420;
  const previousFocus = document.activeElement as HTMLElement | null;
  const previousOverflow = document.documentElement.style.overflow;
  /** The page behind the overlay, made inert so keyboard focus stays in the checkout. */
  const inerted: HTMLElement[] = [];

  const backdrop = document.createElement('div');
  setStyles(backdrop, {
    position: 'fixed',
    inset: '0',
    zIndex: '2147483646',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    padding: OVERLAY_MARGIN + 'px',
    boxSizing: 'border-box',
    background: 'rgba(15, 23, 42, 0.62)',
  });
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const text = loaderText();
  dialog.setAttribute('aria-label', text.dialog);
  setStyles(dialog, {
    position: 'relative',
    width: '100%',
    maxWidth: '920px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
  });

  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.textContent = text.close + ' \u2715';
  closeButton.setAttribute('aria-label', text.closeLabel);
  setStyles(closeButton, {
    alignSelf: 'flex-end',
    marginBottom: '8px',
    padding: '6px 12px',
    border: '0',
    borderRadius: '999px',
    cursor: 'pointer',
    background: '#ffffff',
    color: '#0f172a',
    boxShadow: '0 1px 3px rgba(15, 23, 42, 0.3)',
    font: '600 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  });

  const iframe = createFrame(origin, session, 'overlay');
  setStyles(iframe, { borderRadius: '16px', boxShadow: '0 24px 64px -12px rgba(15, 23, 42, 0.45)' });

  dialog.appendChild(closeButton);
  dialog.appendChild(iframe);
  backdrop.appendChild(dialog);

  function fit() {
    const available = window.innerHeight - 2 * OVERLAY_MARGIN - closeButton.offsetHeight - 8;
    iframe.style.height = Math.max(200, Math.min(contentHeight, available)) + 'px';
  }

  function setBusy(value: boolean) {
    busy = value;
    closeButton.disabled = value;
    closeButton.title = value ? 'A payment is in progress' : '';
    setStyles(closeButton, {
      background: value ? '#cbd5e1' : '#ffffff',
      color: value ? '#475569' : '#0f172a',
      cursor: value ? 'not-allowed' : 'pointer',
    });
  }

  function close(): boolean {
    if (closed || busy) return false;
    closed = true;
    stop();
    document.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('resize', fit);
    backdrop.remove();
    for (const node of inerted) node.inert = false;
    document.documentElement.style.overflow = previousOverflow;
    if (previousFocus && typeof previousFocus.focus === 'function') previousFocus.focus();
    deliver(options, { type: 'close', session });
    return true;
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') close();
  }

  const stop = listen(origin, iframe, session, (event) => {
    if (event.type === 'resize') {
      contentHeight = event.height;
      fit();
    }
    if (event.type === 'processing' || event.type === 'requires_action') setBusy(true);
    if (['failed', 'succeeded', 'authorized', 'expired', 'ready'].includes(event.type)) setBusy(false);
    if (event.type === 'close') close();
    else deliver(options, event);
  });

  closeButton.addEventListener('click', close);
  backdrop.addEventListener('click', (event) => {
    if (event.target === backdrop) iframe.focus();
  });
  document.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('resize', fit);
  document.documentElement.style.overflow = 'hidden';
  for (const node of Array.from(document.body.children) as HTMLElement[]) {
    if (node.inert) continue;
    node.inert = true;
    inerted.push(node);
  }
  document.body.appendChild(backdrop);
  fit();
  iframe.focus();
  return { iframe, close };
}
