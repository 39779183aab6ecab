// Inline SVG card-brand marks for the Elements frames (no external images; presentation
// attributes only, so the frame's CSP needs no 'unsafe-inline'). Exposed as SandboxBrandIcons.
(function () {
  'use strict';

  /** Decorative: the brand is announced nowhere else either, as in Stripe's Elements. */
  function svg(body, brand) {
    return (
      '<svg viewBox="0 0 24 16" width="24" height="16" focusable="false" aria-hidden="true" data-brand="' +
      brand +
      '">' +
      body +
      '</svg>'
    );
  }
  function plate(fill, stroke) {
    return (
      '<rect x="0.5" y="0.5" width="23" height="15" rx="2.5" fill="' + fill + '" stroke="' + (stroke || fill) + '"/>'
    );
  }
  function word(text, fill, size) {
    return (
      '<text x="12" y="10.6" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-style="italic" font-size="' +
      size +
      '" fill="' +
      fill +
      '">' +
      text +
      '</text>'
    );
  }

  window.SandboxBrandIcons = {
    unknown: svg(
      '<rect x="0.75" y="1.75" width="22.5" height="12.5" rx="2" fill="none" stroke="currentColor" stroke-width="1.5"/>' +
        '<rect x="1" y="4.5" width="22" height="2.5" fill="currentColor"/><rect x="3.5" y="10" width="6" height="1.5" rx="0.75" fill="currentColor"/>',
      'unknown',
    ),
    visa: svg(plate('#1434cb') + word('VISA', '#ffffff', 7), 'visa'),
    mastercard: svg(
      plate('#252525') +
        '<circle cx="9.5" cy="8" r="4.6" fill="#eb001b"/><circle cx="14.5" cy="8" r="4.6" fill="#f79e1b"/>' +
        '<path d="M12 4.07a4.6 4.6 0 0 1 0 7.86a4.6 4.6 0 0 1 0-7.86z" fill="#ff5f00"/>',
      'mastercard',
    ),
    amex: svg(plate('#1f72cd') + word('AMEX', '#ffffff', 5.6), 'amex'),
    discover: svg(
      plate('#ffffff', '#d9dce1') +
        word('DISC', '#231f20', 5.4) +
        '<circle cx="19.6" cy="12.6" r="1.6" fill="#f48120"/>',
      'discover',
    ),
    diners: svg(
      plate('#0079be') + '<circle cx="12" cy="8" r="4.8" fill="none" stroke="#ffffff" stroke-width="1.4"/>',
      'diners',
    ),
    jcb: svg(plate('#0b4ea2') + word('jcb', '#ffffff', 6.4), 'jcb'),
    unionpay: svg(plate('#d10429') + word('UP', '#ffffff', 7), 'unionpay'),
    cvc: svg(
      '<rect x="0.75" y="1.75" width="22.5" height="12.5" rx="2" fill="none" stroke="currentColor" stroke-width="1.5"/>' +
        '<rect x="1" y="4" width="22" height="2.5" fill="currentColor"/><rect x="13" y="8.5" width="7.5" height="3.5" rx="1" fill="none" stroke="currentColor" stroke-width="1.2"/>',
      'cvc',
    ),
  };
})();
