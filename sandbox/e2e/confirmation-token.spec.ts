import { expect, test } from './support/test.js';
import { CARD_FRAME, fillCard } from './support/checkout-page.js';
import { manualConfirmationUrl, sandboxStripe } from './support/environment.js';

/** The finalize-on-the-server flow: stripe.createConfirmationToken({ elements }), then the server confirms with it. */
test('createConfirmationToken collects the card; the server pays with confirmation_token', async ({ page }) => {
  await page.goto(manualConfirmationUrl());
  await expect(page.getByRole('button', { name: 'Pay $19.99' })).toBeEnabled();
  await fillCard(page.frameLocator(CARD_FRAME), { number: '5200828282828210' });
  const result = await page.evaluate(() => {
    const host = window as unknown as {
      stripe: {
        createConfirmationToken(options: unknown): Promise<{ confirmationToken?: { id: string }; error?: unknown }>;
      };
      elements: unknown;
    };
    return host.stripe.createConfirmationToken({
      elements: host.elements,
      params: {
        return_url: 'https://shop.example/return',
        payment_method_data: { billing_details: { name: 'Jenny Rosen' } },
      },
    });
  });
  expect(result.error).toBeUndefined();
  const id = result.confirmationToken?.id ?? '';
  expect(id).toMatch(/^ctoken_/);

  const stripe = sandboxStripe();
  const token = await stripe.confirmationTokens.retrieve(id);
  expect(token.payment_method_preview?.card?.funding).toBe('debit');
  expect(token.payment_method_preview?.billing_details.name).toBe('Jenny Rosen');
  const intent = await stripe.paymentIntents.create({
    amount: 1999,
    currency: 'usd',
    confirmation_token: id,
    confirm: true,
  });
  expect(intent.status).toBe('succeeded');
});
