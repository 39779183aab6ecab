import { expect, test } from './support/test.js';
import { CARD_FRAME, fillCard } from './support/checkout-page.js';
import { manualConfirmationUrl, sandboxStripe } from './support/environment.js';

/** The older card flow: stripe.createToken(cardElement, data), then a PaymentMethod from `card[token]`. */
test('createToken tokenizes the card Element; the token pays once', async ({ page }) => {
  await page.goto(manualConfirmationUrl());
  await expect(page.getByRole('button', { name: 'Pay $19.99' })).toBeEnabled();
  await fillCard(page.frameLocator(CARD_FRAME), { number: '4000000760000002' });
  const result = await page.evaluate(() => {
    const host = window as unknown as {
      stripe: { createToken(element: unknown, data: unknown): Promise<{ token?: { id: string }; error?: unknown }> };
      card: unknown;
    };
    return host.stripe.createToken(host.card, { name: 'Jenny Rosen' });
  });
  expect(result.error).toBeUndefined();
  const token = result.token as unknown as {
    id: string;
    card: { brand: string; country: string; last4: string; name: string };
  };
  expect(token.id).toMatch(/^tok_/);
  expect(token.card).toMatchObject({ brand: 'Visa', country: 'BR', last4: '0002', name: 'Jenny Rosen' });

  const stripe = sandboxStripe();
  const method = await stripe.paymentMethods.create({ type: 'card', card: { token: token.id } });
  expect(method.card?.country).toBe('BR');
  const intent = await stripe.paymentIntents.create({
    amount: 1999,
    currency: 'usd',
    allowed_payment_method_types: ['card'],
    payment_method: method.id,
    confirm: true,
  });
  expect(intent.status).toBe('succeeded');
  await expect(stripe.paymentMethods.create({ type: 'card', card: { token: token.id } })).rejects.toThrow(
    'more than once',
  );
});
