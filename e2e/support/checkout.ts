import { expect, type FrameLocator, type Page } from '@playwright/test';
import { E2E, sandboxUrl } from './e2e-env';

export const PAYMENT_FRAME = 'iframe[title="Secure payment input frame"]';

/** Buys the demo mug through the demo store and returns the hosted checkout's session id. */
export async function openDemoCheckout(page: Page, threeDSecureUi: 'modal' | 'redirect' = 'modal'): Promise<string> {
  await page.goto('/demo');
  const mug = page.getByRole('listitem').filter({ hasText: 'Tillpoint enamel mug' });
  await mug.getByLabel(threeDSecureUi === 'modal' ? 'in a pop-up' : 'by redirect').check();
  await mug.getByRole('button', { name: /^Buy/ }).click();
  await page.waitForURL(/\/c\/cs_/);
  await expect(page.getByRole('button', { name: /^Pay \$18\.00$/ })).toBeEnabled();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Types a card into the payment provider's frame (never into Tillpoint's own DOM). */
export async function fillCard(
  page: Page,
  number: string,
  { expiry = '12 / 34', cvc = '123' } = {},
): Promise<FrameLocator> {
  const frame = page.frameLocator(PAYMENT_FRAME);
  await frame.getByLabel('Card number').fill(number);
  await frame.getByLabel('Expiration date').fill(expiry);
  await frame.getByLabel('Security code').fill(cvc);
  const postal = frame.getByLabel('Postal code');
  if (await postal.isVisible()) await postal.fill('10001');
  return frame;
}

export async function fillEmail(page: Page, email = 'customer@example.com'): Promise<void> {
  await page.getByLabel('Email').fill(email);
}

export async function payWith(page: Page, number: string): Promise<void> {
  await fillEmail(page);
  await fillCard(page, number);
  await page.getByRole('button', { name: /^Pay / }).click();
}

export function threeDsModal(page: Page) {
  return page.getByRole('dialog', { name: '3D Secure authentication' });
}

export async function authenticateInModal(
  page: Page,
  outcome: 'Complete authentication' | 'Fail authentication',
): Promise<void> {
  await expect(threeDsModal(page)).toBeVisible();
  await page.frameLocator('iframe[title="3D Secure challenge"]').getByRole('button', { name: outcome }).click();
}

export async function expectPaymentSuccessful(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForURL(/\/return\?payment=pay_/, { timeout });
  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible({ timeout });
}

/** Calls the sandbox's control API (see sandbox/README.md). */
export async function sandboxControl(
  path: string,
  form: Record<string, string> = {},
  method = 'POST',
): Promise<unknown> {
  const response = await fetch(`${sandboxUrl}/_sandbox${path}`, {
    method,
    headers: { Authorization: `Bearer ${E2E.sandboxSecretKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: method === 'GET' ? undefined : new URLSearchParams(form),
  });
  if (!response.ok) throw new Error(`sandbox control ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

export async function resetSandboxFaults(): Promise<void> {
  await sandboxControl('/faults', {}, 'DELETE');
}

/** The page's own alert (Next.js adds a route announcer with role="alert" outside <main>). */
export function pageAlert(page: Page) {
  return page.getByRole('main').getByRole('alert');
}
