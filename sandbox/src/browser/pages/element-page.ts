/** The HTML of the Elements iframes (`/elements/card`, `/elements/payment`); behaviour lives in element-frame.js. */

export type ElementPageType = 'card' | 'payment';

const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['AU', 'Australia'],
  ['AT', 'Austria'],
  ['BE', 'Belgium'],
  ['BR', 'Brazil'],
  ['CA', 'Canada'],
  ['DK', 'Denmark'],
  ['FI', 'Finland'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['HK', 'Hong Kong'],
  ['IN', 'India'],
  ['IE', 'Ireland'],
  ['IT', 'Italy'],
  ['JP', 'Japan'],
  ['LU', 'Luxembourg'],
  ['MX', 'Mexico'],
  ['NL', 'Netherlands'],
  ['NZ', 'New Zealand'],
  ['NO', 'Norway'],
  ['PL', 'Poland'],
  ['PT', 'Portugal'],
  ['SG', 'Singapore'],
  ['ES', 'Spain'],
  ['SE', 'Sweden'],
  ['CH', 'Switzerland'],
  ['GB', 'United Kingdom'],
  ['US', 'United States'],
];

const NUMERIC = 'inputmode="numeric" autocorrect="off" spellcheck="false"';

function cardBody(): string {
  return `<form class="card" id="form" novalidate>
  <div class="card__row">
    <span class="card__icon" data-brand-icon aria-hidden="true"></span>
    <input class="input input--number" id="number" name="cardnumber" autocomplete="cc-number" ${NUMERIC} aria-label="Card number" placeholder="Card number" aria-describedby="error">
    <input class="input input--expiry" id="expiry" name="exp-date" autocomplete="cc-exp" ${NUMERIC} aria-label="Expiration date" placeholder="MM / YY" aria-describedby="error">
    <input class="input input--cvc" id="cvc" name="cvc" autocomplete="cc-csc" ${NUMERIC} aria-label="Security code" placeholder="CVC" aria-describedby="error">
    <input class="input input--postal" id="postal" name="postal" autocomplete="postal-code" autocorrect="off" spellcheck="false" aria-label="Postal code" placeholder="ZIP" aria-describedby="error">
  </div>
  <p class="card__error" id="error" aria-live="polite"></p>
</form>`;
}

function field(id: string, label: string, control: string, extraClass = ''): string {
  return `<div class="field ${extraClass}" data-field="${id}">
      <label class="field__label" for="${id}">${label}</label>
      <div class="control">${control}</div>
      <p class="field__error" id="${id}-error" aria-live="polite"></p>
    </div>`;
}

function paymentBody(): string {
  const options = COUNTRIES.map(([code, name]) => `<option value="${code}">${name}</option>`).join('');
  const input = (id: string, attrs: string) =>
    `<input class="control__input" id="${id}" ${attrs} aria-describedby="${id}-error">`;
  return `<form class="pe" id="form" novalidate>
  <div class="pe__tabs">
    <div class="pe__tab" aria-hidden="true"><span class="pe__tab-icon" data-tab-icon></span><span>Card</span></div>
  </div>
  ${field('number', 'Card number', `${input('number', `name="cardnumber" autocomplete="cc-number" ${NUMERIC} placeholder="1234 1234 1234 1234"`)}<span class="control__icons" data-brand-icon aria-hidden="true"></span>`)}
  <div class="pe__grid">
    ${field('expiry', 'Expiration date', input('expiry', `name="exp-date" autocomplete="cc-exp" ${NUMERIC} placeholder="MM / YY"`))}
    ${field('cvc', 'Security code', `${input('cvc', `name="cvc" autocomplete="cc-csc" ${NUMERIC} placeholder="CVC"`)}<span class="control__icons" data-cvc-icon aria-hidden="true"></span>`)}
  </div>
  <div class="pe__grid" data-address>
    ${field('country', 'Country', `<select class="control__input control__select" id="country" name="country" autocomplete="country">${options}</select>`, 'field--select')}
    ${field('postal', 'Postal code', input('postal', 'name="postal" autocomplete="postal-code" autocorrect="off" spellcheck="false"'))}
  </div>
</form>`;
}

export function renderElementPage(type: ElementPageType): string {
  const title = type === 'card' ? 'Secure card payment input frame' : 'Secure payment input frame';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/static/element-frame.css">
<script src="/static/element-frame.js" defer></script>
</head>
<body class="sb sb--${type}" data-element="${type}">
${type === 'card' ? cardBody() : paymentBody()}
</body>
</html>
`;
}
