// The 3D Secure modal: a dimmed full-screen backdrop with a dialog holding the sandbox challenge
// page. Styled through the CSSOM only, so a strict CSP on the host page does not break it.

var FONT_STACK = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

function styled(tag, style) {
  var node = document.createElement(tag);
  assign(node.style, style);
  return node;
}

/**
 * Shows the challenge at `url`; resolves 'complete', 'fail' or 'canceled' once the customer is done.
 * Closing the dialog fails the authentication, as abandoning a real challenge does.
 */
function openThreeDsModal(url, token) {
  return new Promise(function (resolve) {
    var previousFocus = document.activeElement;
    var previousOverflow = document.body.style.overflow;
    var titleId = randomId('sandbox3dsTitle_');
    // The challenge is on the server's public URL, which may name the host differently (localhost vs 127.0.0.1).
    var challengeOrigin = new URL(url, location.href).origin;

    var backdrop = styled('div', {
      position: 'fixed',
      inset: '0',
      zIndex: '2147483647',
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      padding: '16px',
      boxSizing: 'border-box',
      background: 'rgba(26, 31, 54, 0.55)',
      fontFamily: FONT_STACK,
      colorScheme: 'light',
    });
    var dialog = styled('div', {
      display: 'flex',
      flexDirection: 'column',
      width: '100%',
      maxWidth: '480px',
      maxHeight: '100%',
      background: '#ffffff',
      borderRadius: '12px',
      overflow: 'hidden',
      outline: 'none',
      boxShadow: '0 30px 60px -12px rgba(50, 50, 93, 0.35), 0 18px 36px -18px rgba(0, 0, 0, 0.4)',
    });
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', titleId);
    dialog.tabIndex = -1;

    var header = styled('div', {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: '12px',
      padding: '14px 16px 14px 20px',
      borderBottom: '1px solid #e6e8eb',
    });
    var title = styled('h2', { margin: '0', fontSize: '16px', fontWeight: '600', color: '#1a1f36', lineHeight: '1.4' });
    title.id = titleId;
    title.textContent = '3D Secure authentication';
    var close = styled('button', {
      width: '32px',
      height: '32px',
      border: '0',
      borderRadius: '6px',
      background: 'transparent',
      color: '#596171',
      fontSize: '22px',
      lineHeight: '1',
      cursor: 'pointer',
      padding: '0',
    });
    close.type = 'button';
    close.textContent = '\u00d7';
    close.setAttribute('aria-label', 'Cancel authentication');
    header.appendChild(title);
    header.appendChild(close);

    var frame = styled('iframe', {
      flex: '0 1 auto',
      minHeight: '0',
      height: '560px',
      width: '100%',
      border: '0',
      display: 'block',
      background: '#ffffff',
    });
    frame.title = '3D Secure challenge';
    frame.src = url;

    dialog.appendChild(header);
    dialog.appendChild(frame);
    backdrop.appendChild(dialog);
    document.body.appendChild(backdrop);
    document.body.style.overflow = 'hidden';
    dialog.focus();

    var done = false;
    function finish(outcome) {
      if (done) return;
      done = true;
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKeydown, true);
      backdrop.remove();
      document.body.style.overflow = previousOverflow;
      if (previousFocus && typeof previousFocus.focus === 'function') previousFocus.focus();
      resolve(outcome);
    }
    function cancel() {
      if (done) return;
      close.disabled = true;
      callApi('POST', '/v1/sandbox_3ds/' + encodeURIComponent(token), { outcome: 'fail' }).then(function () {
        finish('canceled');
      });
    }
    function onMessage(event) {
      var data = event.data;
      if (event.origin !== challengeOrigin || event.source !== frame.contentWindow) return;
      if (!data || data.token !== token) return;
      if (data.type === 'sandbox-3ds-resize' && typeof data.height === 'number') {
        frame.style.height = Math.min(Math.max(data.height, 200), 2000) + 'px';
      } else if (data.type === 'sandbox-3ds-result') {
        finish(data.outcome === 'complete' ? 'complete' : 'fail');
      }
    }
    function onKeydown(event) {
      if (event.key === 'Escape') cancel();
    }
    close.addEventListener('click', cancel);
    window.addEventListener('message', onMessage);
    document.addEventListener('keydown', onKeydown, true);
  });
}
