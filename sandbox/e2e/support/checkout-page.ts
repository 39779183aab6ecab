import { expect, type FrameLocator, type Page } from '@playwright/test';
import { fixtureUrl } from './environment.js';

export const CARD_FRAME = 'iframe[title="Secure card payment input frame"]';
export const PAYMENT_FRAME = 'iframe[title="Secure payment input frame"]';

export interface CheckoutSetup {
  element: 'card' | 'payment';
  flow: 'automatic' | 'manual' | 'redirect';
}

/** Opens the fixture checkout and waits for the Element's `ready` event. */
export async function openCheckout(page: Page, setup: CheckoutSetup): Promise<FrameLocator> {
  await page.goto(`${fixtureUrl()}/?element=${setup.element}&flow=${setup.flow}`);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  return page.frameLocator(setup.element === 'card' ? CARD_FRAME : PAYMENT_FRAME);
}

export interface CardEntry {
  number: string;
  expiry?: string;
  cvc?: string;
  postal?: string;
}

/** Types a card into an Element's iframe (both Elements label their inputs the same way). */
export async function fillCard(frame: FrameLocator, card: CardEntry): Promise<void> {
  await frame.getByLabel('Card number').fill(card.number);
  await frame.getByLabel('Expiration date').fill(card.expiry ?? '12 / 34');
  await frame.getByLabel('Security code').fill(card.cvc ?? '123');
  await frame.getByLabel('Postal code').fill(card.postal ?? '10001');
}

export async function pay(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Pay / }).click();
}

export function threeDsModal(page: Page) {
  return page.getByRole('dialog', { name: '3D Secure authentication' });
}

export function challengeFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="3D Secure challenge"]');
}

/** The fixture's success notice; returns the PaymentIntent id it shows. */
export async function expectPaid(page: Page): Promise<string> {
  const notice = page.getByRole('status').filter({ hasText: 'Payment succeeded' });
  await expect(notice).toBeVisible();
  return (await notice.getAttribute('data-payment-intent')) ?? '';
}
