import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.js';
import { fillCard, openCheckout, pay } from './support/checkout-page.js';
import { sandboxUrl } from './support/environment.js';

const THREE_DS_CARD = '4000002760003184';

async function reachChallenge(page: Page, element: 'card' | 'payment'): Promise<void> {
  const frame = await openCheckout(page, { element, flow: 'redirect' });
  await fillCard(frame, { number: THREE_DS_CARD });
  await pay(page);
  await page.waitForURL((url) => url.href.startsWith(`${sandboxUrl()}/3ds/`));
  await expect(page.getByRole('button', { name: 'Complete authentication' })).toBeEnabled();
}

function returnParams(page: Page) {
  const url = new URL(page.url());
  return {
    path: url.pathname,
    paymentIntent: url.searchParams.get('payment_intent'),
    clientSecret: url.searchParams.get('payment_intent_client_secret'),
    redirectStatus: url.searchParams.get('redirect_status'),
  };
}

test('confirmPayment redirect: completing the challenge returns with redirect_status=succeeded', async ({ page }) => {
  await reachChallenge(page, 'payment');
  await expect(page.getByText('€24.00')).toBeVisible();
  await page.getByRole('button', { name: 'Complete authentication' }).click();

  await page.waitForURL(/\/return\?/);
  const params = returnParams(page);
  expect(params.path).toBe('/return');
  expect(params.paymentIntent).toMatch(/^pi_/);
  expect(params.clientSecret).toMatch(new RegExp(`^${params.paymentIntent}_secret_`));
  expect(params.redirectStatus).toBe('succeeded');
  await expect(page.getByTestId('final-status')).toHaveText('succeeded');
  await expect(page.getByTestId('client-secret')).toHaveText('present');
});

test('confirmPayment redirect: failing the challenge returns with redirect_status=failed', async ({ page }) => {
  await reachChallenge(page, 'payment');
  await page.getByRole('button', { name: 'Fail authentication' }).click();
  await page.waitForURL(/\/return\?/);
  expect(returnParams(page).redirectStatus).toBe('failed');
  await expect(page.getByTestId('final-status')).toHaveText('requires_payment_method');
});

test('manual confirmation with a return_url: handleNextAction redirects, the server confirms on return', async ({
  page,
}) => {
  await reachChallenge(page, 'card');
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await page.waitForURL(/\/return\?/);
  expect(returnParams(page).redirectStatus).toBe('succeeded');
  await expect(page.getByTestId('final-status')).toHaveText('succeeded');
});

test('the challenge page is accessible and says when it was already used', async ({ page }) => {
  await reachChallenge(page, 'payment');
  const challengeUrl = page.url();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await page.waitForURL(/\/return\?/);
  await page.goto(challengeUrl);
  await expect(page.getByRole('status')).toHaveText(/already completed/);
  await expect(page.getByRole('button', { name: 'Complete authentication' })).toBeHidden();
});
