import { BASKET, BASKET_TOTAL, usd } from './basket';
import type { TSiteConfig } from './site-config';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The shop's page: its own content around Tillpoint's embedded checkout (embed.js from Tillpoint's origin). */
export function renderPage(config: TSiteConfig): string {
  const tillpoint = escape(config.TILLPOINT_URL);
  const items = BASKET.map(
    (item) => `<li><span>${escape(item.name)}</span><span>${usd(item.unit_amount * item.quantity)}</span></li>`,
  ).join('\n            ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Northwind Coffee · Tillpoint embedded checkout demo</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/site.css">
<script src="${tillpoint}/embed.js"></script>
<script src="/site.js" defer></script>
</head>
<body>
<header class="topbar">
  <div class="wrap topbar__inner">
    <span class="brand"><span class="brand__mark" aria-hidden="true">N</span> Northwind Coffee</span>
    <span class="pill"><span class="pill__long">Demo merchant site · </span>test mode</span>
  </div>
</header>
<main class="wrap">
  <section class="intro">
    <h1>Pay without leaving the shop</h1>
    <p>This page is a merchant’s own site on <code>${escape(config.origin)}</code>. Its server created an embedded
      checkout session through Tillpoint’s API; the checkout runs in a frame from <code>${tillpoint}</code> that only
      this origin may display, and tells this page what happens through messages.</p>
  </section>
  <div class="layout">
    <section class="card area-basket" aria-labelledby="basket-title">
      <h2 id="basket-title">Your basket</h2>
      <ul class="items">
          ${items}
      </ul>
      <p class="total"><span>Total</span><span>${usd(BASKET_TOTAL)}</span></p>
    </section>
    <section class="card area-options" aria-labelledby="try-title">
      <h2 id="try-title">Check out</h2>
      <fieldset class="choice">
        <legend>3-D Secure shows</legend>
        <label><input type="radio" name="threeds" value="modal" checked> in a dialog</label>
        <label><input type="radio" name="threeds" value="redirect"> as the bank’s page</label>
      </fieldset>
      <div class="actions">
        <button type="button" class="button button--primary" id="pay-inline">Check out on this page</button>
        <button type="button" class="button button--secondary" id="pay-overlay">Check out in a pop-up</button>
      </div>
      <p class="hint">Test cards: <strong>4242 4242 4242 4242</strong> pays, <strong>4000 0027 6000 3184</strong> asks for
        3-D Secure, <strong>4000 0000 0000 0002</strong> is declined. Any future date, any CVC.</p>
      <p class="error" id="site-error" role="alert" hidden></p>
    </section>
    <section class="checkout area-checkout" id="checkout-area" aria-labelledby="checkout-title">
      <h2 id="checkout-title" class="sr-only">Checkout</h2>
      <div class="order-status" id="order-status" role="status"></div>
      <div class="placeholder" id="checkout-placeholder">
        <p><strong>Your checkout appears here.</strong></p>
        <p>Choose “Check out on this page” to embed it inline, or open it in a pop-up.</p>
      </div>
      <div id="checkout"></div>
    </section>
    <section class="card area-log" aria-labelledby="log-title">
      <h2 id="log-title">Messages from Tillpoint</h2>
      <ol class="log" id="event-log" tabindex="0" aria-labelledby="log-title">
        <li class="log__empty">None yet: start a checkout.</li>
      </ol>
    </section>
  </div>
</main>
<footer class="wrap footer">Northwind Coffee is a demo. Payments go to the Tillpoint sandbox; no card is charged.</footer>
</body>
</html>
`;
}
