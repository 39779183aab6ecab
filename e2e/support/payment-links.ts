import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { queryDb } from './database';
import { auth } from './merchant-api';

export type ApiPaymentLink = {
  id: string;
  url: string;
  qr_code_url: string;
  active: boolean;
  restrictions: { completed_sessions: { limit: number | null; count: number } };
  [key: string]: unknown;
};

/** A valid fixed-price link body; `overrides` replace top-level fields. */
export function linkBody(overrides: Record<string, unknown> = {}) {
  return { line_items: [{ name: 'Walnut desk lamp', unit_amount: 4500, quantity: 1 }], currency: 'usd', ...overrides };
}

export async function createLink(
  request: APIRequestContext,
  key: string,
  overrides: Record<string, unknown> = {},
): Promise<ApiPaymentLink> {
  const response = await request.post('/api/v1/payment_links', { headers: auth(key), data: linkBody(overrides) });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ApiPaymentLink;
}

export async function getLink(request: APIRequestContext, key: string, id: string): Promise<ApiPaymentLink> {
  const response = await request.get(`/api/v1/payment_links/${id}`, { headers: auth(key) });
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiPaymentLink;
}

/** The link page's path (the public URL's path, so the test's base URL applies). */
export const linkPath = (link: { url: string }) => new URL(link.url).pathname;

/** Checkout sessions in the database: all of them, or those opened from one link. */
export async function countSessions(linkId?: string): Promise<number> {
  const rows = linkId
    ? await queryDb<{ n: string }>('SELECT count(*) AS n FROM checkout_sessions WHERE payment_link_id = $1', [linkId])
    : await queryDb<{ n: string }>('SELECT count(*) AS n FROM checkout_sessions');
  return Number(rows[0]!.n);
}

/** On a link page: press "Continue to payment" and land on the hosted checkout; returns its session id. */
export async function continueToPayment(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.waitForURL(/\/c\/cs_[0-9A-Za-z]{24}$/);
  await expect(page.getByRole('button', { name: /^Pay / })).toBeEnabled();
  return new URL(page.url()).pathname.split('/').pop()!;
}
