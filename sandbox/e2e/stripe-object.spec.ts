import type { Page } from '@playwright/test';
import { openCheckout } from './support/checkout-page.js';
import { sandboxStripe } from './support/environment.js';
import { expect, test } from './support/test.js';

/** Runs `stripe.<method>(...args)` in the page with the Stripe object loadStripe returned. */
function callStripe(page: Page, method: string, args: unknown[]) {
  return page.evaluate(
    ([name, params]) => {
      const stripe = window.fixtureStripe as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return (stripe[name] as (...a: unknown[]) => Promise<unknown>)(...params);
    },
    [method, args] as const,
  );
}

test('window.Stripe is a plain function with the endive version, refusing secret keys', async ({ page }) => {
  await openCheckout(page, { element: 'card', flow: 'manual' });
  const facts = await page.evaluate(() => {
    const Stripe = window.Stripe as unknown as ((key: string) => unknown) & { version: string };
    let secretKeyError = '';
    try {
      Stripe('sk_test_e2e');
    } catch (error) {
      secretKeyError = `${(error as Error).name}: ${(error as Error).message}`;
    }
    return { type: typeof Stripe, version: Stripe.version, isClass: /^class\b/.test(String(Stripe)), secretKeyError };
  });
  expect(facts).toEqual({
    type: 'function',
    version: 'endive',
    isClass: false,
    secretKeyError:
      'IntegrationError: You should not use your secret key with Stripe.js. Please pass a publishable key instead.',
  });
});

test('retrievePaymentIntent, handleCardAction and createToken answer like Stripe.js', async ({ page }) => {
  await openCheckout(page, { element: 'card', flow: 'manual' });
  const paid = await sandboxStripe().paymentIntents.create({
    amount: 1500,
    currency: 'eur',
    payment_method: 'pm_card_visa',
    allowed_payment_method_types: ['card'],
    confirm: true,
  });
  const secret = paid.client_secret ?? '';

  const retrieved = (await callStripe(page, 'retrievePaymentIntent', [secret])) as {
    paymentIntent: { id: string; status: string };
  };
  expect(retrieved.paymentIntent).toMatchObject({ id: paid.id, status: 'succeeded' });

  const action = (await callStripe(page, 'handleCardAction', [secret])) as {
    error: { code: string; payment_intent: { id: string } };
  };
  expect(action.error.code).toBe('payment_intent_unexpected_state');
  expect(action.error.payment_intent.id).toBe(paid.id);

  const next = (await callStripe(page, 'handleNextAction', [{ clientSecret: secret }])) as { error: { code: string } };
  expect(next.error.code).toBe('payment_intent_unexpected_state');

  const pii = (await callStripe(page, 'createToken', ['pii', { personal_id_number: '000000000' }])) as {
    error: { code: string };
  };
  expect(pii.error.code).toBe('sandbox_unsupported');
  await expect(callStripe(page, 'createToken', [])).rejects.toThrow('You must provide a Stripe Element');
});
