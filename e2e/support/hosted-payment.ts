import { expect, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { authenticateInModal, expectPaymentSuccessful, fillCard, fillEmail, pageAlert } from './checkout';
import { auth, createSession } from './merchant-api';

export type PaidOutcome = 'succeeded' | 'declined' | '3ds';

const CARDS: Record<PaidOutcome, string> = {
  succeeded: '4242424242424242',
  declined: '4000000000000002',
  '3ds': '4000002760003184',
};

/**
 * A customer pays one checkout session of the merchant on the hosted page (a new tab of `context`), as in real life:
 * a plain success, a decline, or a 3-D Secure challenge completed in the modal. Returns the session and
 * payment ids once the outcome is on screen (successes are webhook-confirmed by then).
 */
export async function payOnHostedPage(
  context: BrowserContext,
  request: APIRequestContext,
  secretKey: string,
  {
    outcome,
    amount,
    email,
    name = 'Walnut desk lamp',
  }: { outcome: PaidOutcome; amount: number; email: string; name?: string },
): Promise<{ sessionId: string; paymentId: string }> {
  const session = await createSession(request, secretKey, {
    line_items: [{ name, unit_amount: amount, quantity: 1 }],
    success_url: 'http://localhost:3999/thanks',
  });
  const tab = await context.newPage();
  await tab.goto(session.url);
  await fillEmail(tab, email);
  await fillCard(tab, CARDS[outcome]);
  await tab.getByRole('button', { name: /^Pay / }).click();
  if (outcome === 'declined') await expect(pageAlert(tab)).toHaveText(/^Your card was declined\./);
  else {
    if (outcome === '3ds') await authenticateInModal(tab, 'Complete authentication');
    await expectPaymentSuccessful(tab);
  }
  await tab.close();
  const paymentId = (
    await (await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers: auth(secretKey) })).json()
  ).payment as string;
  expect(paymentId).toMatch(/^pay_/);
  return { sessionId: session.id, paymentId };
}
