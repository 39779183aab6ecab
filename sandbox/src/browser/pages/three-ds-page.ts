/** The 3D Secure challenge page (`/3ds/<token>`, `?frame=modal` inside the Stripe.js modal). */

export function renderThreeDsPage(modal: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>3D Secure authentication · Stripe sandbox</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/three-ds.css">
<script src="/static/three-ds.js" defer></script>
</head>
<body class="${modal ? 'is-modal' : 'is-page'}">
<main class="shell">
  <section class="panel" aria-labelledby="title">
    <header class="panel__header">
      <span class="badge">Test mode</span>
      <h1 id="title">Sandbox 3D Secure 2 test page</h1>
    </header>
    <div class="panel__body">
      <p class="lead">This page stands in for the card issuer's 3D Secure 2 challenge. No real bank is contacted.</p>
      <dl class="details">
        <div class="details__row"><dt>Merchant</dt><dd id="merchant">…</dd></div>
        <div class="details__row"><dt>Amount</dt><dd id="amount" class="details__amount">…</dd></div>
        <div class="details__row"><dt>Payment</dt><dd id="payment" class="details__mono">…</dd></div>
      </dl>
      <p id="status" class="status" role="status" aria-live="polite">Loading the payment…</p>
      <div class="actions" id="actions">
        <button type="button" class="button button--primary" id="complete" disabled>Complete authentication</button>
        <button type="button" class="button button--secondary" id="fail" disabled>Fail authentication</button>
      </div>
      <p class="hint">Failing leaves the payment unpaid with <code>payment_intent_authentication_failure</code>, as an abandoned challenge does.</p>
    </div>
  </section>
</main>
</body>
</html>
`;
}
