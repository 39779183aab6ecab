// @ts-check
/**
 * Tillpoint embedded checkout loader (no dependencies). Load it from your Tillpoint server:
 *
 *   <script src="https://pay.example.com/embed.js"></script>
 *   Tillpoint.mount('#checkout', { session: 'cs_...', onEvent: (event) => console.log(event) });
 *   Tillpoint.open({ session: 'cs_...', onEvent: (event) => console.log(event) });
 *
 * The checkout runs in a frame from the origin this script came from. Only messages from that frame,
 * of this protocol version, for this session and of a known shape reach `onEvent`; all else is ignored.
 */

/**
 * @typedef {{ type: 'ready' } | { type: 'resize', height: number } | { type: 'requires_action' } | { type: 'processing' }
 *   | { type: 'succeeded', payment: string } | { type: 'failed', code: string, message: string } | { type: 'expired' } | { type: 'close' }} TillpointEventBody
 * @typedef {TillpointEventBody & { session: string }} TillpointEvent
 * @typedef {{ session: string, onEvent?: (event: TillpointEvent) => void }} TillpointOptions
 * @typedef {{ iframe: HTMLIFrameElement, destroy: () => void }} TillpointInline
 * @typedef {{ iframe: HTMLIFrameElement, close: () => boolean }} TillpointOverlay
 */

var Tillpoint = (function () {
  'use strict';

  var VERSION = '1.0.0';
  var PROTOCOL = 'tillpoint.embed';
  var PROTOCOL_VERSION = 1;
  var SESSION_PATTERN = /^cs_[0-9A-Za-z]{24}$/;
  var PAYMENT_PATTERN = /^pay_[0-9A-Za-z]{24}$/;
  var OVERLAY_MARGIN = 16;

  var origin = scriptOrigin();

  /** @returns {string} Tillpoint's origin: the one this script was loaded from. */
  function scriptOrigin() {
    var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
    if (!script || !script.src) {
      var scripts = document.querySelectorAll('script[src*="/embed.js"]');
      script = /** @type {HTMLScriptElement | null} */ (scripts[scripts.length - 1] || null);
    }
    if (!script)
      throw new Error('Tillpoint: load embed.js with a <script src="https://<your Tillpoint>/embed.js"> tag.');
    return new URL(script.src, location.href).origin;
  }

  /**
   * The message as a fresh event object, or null when it is not a message of this protocol version
   * for this session with the fields its type requires.
   * @param {unknown} data
   * @param {string} session
   * @returns {TillpointEvent | null}
   */
  function parseMessage(data, session) {
    if (!data || typeof data !== 'object') return null;
    var message = /** @type {Record<string, unknown>} */ (data);
    if (message.protocol !== PROTOCOL || message.version !== PROTOCOL_VERSION || message.session !== session)
      return null;
    switch (message.type) {
      case 'ready':
      case 'requires_action':
      case 'processing':
      case 'expired':
      case 'close':
        return { type: message.type, session: session };
      case 'resize':
        var height = message.height;
        return typeof height === 'number' && height >= 0 && height <= 20000 && Math.floor(height) === height
          ? { type: 'resize', height: height, session: session }
          : null;
      case 'succeeded':
        return typeof message.payment === 'string' && PAYMENT_PATTERN.test(message.payment)
          ? { type: 'succeeded', payment: message.payment, session: session }
          : null;
      case 'failed':
        return typeof message.code === 'string' && typeof message.message === 'string'
          ? { type: 'failed', code: message.code, message: message.message, session: session }
          : null;
      default:
        return null;
    }
  }

  /** @param {TillpointOptions} options */
  function checkOptions(options) {
    if (!options || typeof options.session !== 'string' || !SESSION_PATTERN.test(options.session)) {
      throw new TypeError('Tillpoint: options.session must be a checkout session id (cs_...).');
    }
    if (options.onEvent !== undefined && typeof options.onEvent !== 'function')
      throw new TypeError('Tillpoint: options.onEvent must be a function.');
  }

  /**
   * @param {string} session
   * @param {'inline' | 'overlay'} mode
   */
  function createFrame(session, mode) {
    var iframe = document.createElement('iframe');
    iframe.src = origin + '/embed/' + encodeURIComponent(session) + '?mode=' + mode;
    iframe.title = 'Secure checkout';
    iframe.allow = 'payment';
    iframe.setAttribute('scrolling', mode === 'inline' ? 'no' : 'auto');
    var style = iframe.style;
    style.display = 'block';
    style.width = '100%';
    style.height = '420px';
    style.border = '0';
    style.background = 'transparent';
    style.colorScheme = 'normal';
    return iframe;
  }

  /**
   * Listens for the frame's messages: checks the sender (Tillpoint's origin, this frame) and the shape.
   * @param {HTMLIFrameElement} iframe
   * @param {string} session
   * @param {(event: TillpointEvent) => void} handle
   */
  function listen(iframe, session, handle) {
    /** @param {MessageEvent} event */
    function onMessage(event) {
      if (event.origin !== origin || event.source !== iframe.contentWindow) return;
      var parsed = parseMessage(event.data, session);
      if (parsed) handle(parsed);
    }
    window.addEventListener('message', onMessage);
    return function () {
      window.removeEventListener('message', onMessage);
    };
  }

  /**
   * @param {TillpointOptions} options
   * @param {TillpointEvent} event
   */
  function deliver(options, event) {
    if (!options.onEvent) return;
    try {
      options.onEvent(event);
    } catch (error) {
      setTimeout(function () {
        throw error;
      });
    }
  }

  /**
   * Renders the checkout inline in `target`; the frame takes the height of its content.
   * @param {Element | string} target an element or a selector
   * @param {TillpointOptions} options
   * @returns {TillpointInline}
   */
  function mount(target, options) {
    checkOptions(options);
    var container = typeof target === 'string' ? document.querySelector(target) : target;
    if (!container) throw new Error('Tillpoint: nothing matches ' + String(target) + '.');
    var iframe = createFrame(options.session, 'inline');
    var stop = listen(iframe, options.session, function (event) {
      if (event.type === 'resize') iframe.style.height = event.height + 'px';
      // The challenge is centred in the (now taller) frame: bring it into view.
      if (event.type === 'requires_action') {
        requestAnimationFrame(function () {
          iframe.scrollIntoView({ block: 'center', behavior: 'smooth' });
        });
      }
      deliver(options, event);
    });
    container.appendChild(iframe);
    return {
      iframe: iframe,
      destroy: function () {
        stop();
        iframe.remove();
      },
    };
  }

  /**
   * Opens the checkout in a full-screen overlay. The customer closes it with its button or Escape, or
   * the checkout asks to close (Done); never while a payment is processing or being authenticated.
   * `onEvent` gets `close` once, when the overlay has closed.
   * @param {TillpointOptions} options
   * @returns {TillpointOverlay}
   */
  function open(options) {
    checkOptions(options);
    var session = options.session;
    var busy = false;
    var closed = false;
    var contentHeight = 420;
    var previousFocus = /** @type {HTMLElement | null} */ (document.activeElement);
    var previousOverflow = document.documentElement.style.overflow;
    /** The page behind the overlay, made inert so keyboard focus stays in the checkout. @type {HTMLElement[]} */
    var inerted = [];

    var backdrop = document.createElement('div');
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
    var dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-label', 'Checkout');
    setStyles(dialog, {
      position: 'relative',
      width: '100%',
      maxWidth: '920px',
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'stretch',
    });

    var closeButton = document.createElement('button');
    closeButton.type = 'button';
    closeButton.textContent = 'Close \u2715';
    closeButton.setAttribute('aria-label', 'Close checkout');
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

    var iframe = createFrame(session, 'overlay');
    setStyles(iframe, { borderRadius: '16px', boxShadow: '0 24px 64px -12px rgba(15, 23, 42, 0.45)' });

    dialog.appendChild(closeButton);
    dialog.appendChild(iframe);
    backdrop.appendChild(dialog);

    function fit() {
      var available = window.innerHeight - 2 * OVERLAY_MARGIN - closeButton.offsetHeight - 8;
      iframe.style.height = Math.max(200, Math.min(contentHeight, available)) + 'px';
    }

    /** @param {boolean} value */
    function setBusy(value) {
      busy = value;
      closeButton.disabled = value;
      closeButton.title = value ? 'A payment is in progress' : '';
      setStyles(closeButton, {
        background: value ? '#cbd5e1' : '#ffffff',
        color: value ? '#475569' : '#0f172a',
        cursor: value ? 'not-allowed' : 'pointer',
      });
    }

    /** @returns {boolean} */
    function close() {
      if (closed || busy) return false;
      closed = true;
      stop();
      document.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('resize', fit);
      backdrop.remove();
      inerted.forEach(function (node) {
        node.inert = false;
      });
      document.documentElement.style.overflow = previousOverflow;
      if (previousFocus && typeof previousFocus.focus === 'function') previousFocus.focus();
      deliver(options, { type: 'close', session: session });
      return true;
    }

    /** @param {KeyboardEvent} event */
    function onKeyDown(event) {
      if (event.key === 'Escape') close();
    }

    var stop = listen(iframe, session, function (event) {
      if (event.type === 'resize') {
        contentHeight = event.height;
        fit();
      }
      if (event.type === 'processing' || event.type === 'requires_action') setBusy(true);
      if (event.type === 'failed' || event.type === 'succeeded' || event.type === 'expired' || event.type === 'ready')
        setBusy(false);
      if (event.type === 'close') close();
      else deliver(options, event);
    });

    closeButton.addEventListener('click', close);
    backdrop.addEventListener('click', function (event) {
      if (event.target === backdrop) iframe.focus();
    });
    document.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('resize', fit);
    document.documentElement.style.overflow = 'hidden';
    Array.prototype.forEach.call(document.body.children, function (/** @type {HTMLElement} */ node) {
      if (node.inert) return;
      node.inert = true;
      inerted.push(node);
    });
    document.body.appendChild(backdrop);
    fit();
    iframe.focus();
    return { iframe: iframe, close: close };
  }

  /**
   * @param {HTMLElement} node
   * @param {Partial<Record<keyof CSSStyleDeclaration, string>>} styles
   */
  function setStyles(node, styles) {
    Object.assign(node.style, styles);
  }

  return { version: VERSION, protocolVersion: PROTOCOL_VERSION, mount: mount, open: open };
})();
