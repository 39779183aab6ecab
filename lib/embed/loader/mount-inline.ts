import { checkOptions, createFrame, deliver, listen } from './checkout-frame';
import type {} from './tillpoint-api';

/** Renders the checkout inline in `target` (an element or a selector); the frame takes the height of its content. */
export function mountInline(origin: string, target: Element | string, options: TillpointOptions): TillpointInline {
  checkOptions(options);
  const container = typeof target === 'string' ? document.querySelector(target) : target;
  if (!container) throw new Error('Tillpoint: nothing matches ' + String(target) + '.');
  const iframe = createFrame(origin, options.session, 'inline');
  const stop = listen(origin, iframe, options.session, (event) => {
    if (event.type === 'resize') iframe.style.height = event.height + 'px';
    // The challenge is centred in the (now taller) frame: bring it into view.
    if (event.type === 'requires_action') {
      requestAnimationFrame(() => iframe.scrollIntoView({ block: 'center', behavior: 'smooth' }));
    }
    deliver(options, event);
  });
  container.appendChild(iframe);
  return {
    iframe,
    destroy() {
      stop();
      iframe.remove();
    },
  };
}
