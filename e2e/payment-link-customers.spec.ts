import { expect, test } from '@playwright/test';
import { startWebhookReceiver } from '../test-support/webhook-receiver';
import { authenticateInModal, expectPaymentSuccessful, payWith, threeDsModal } from './support/checkout';
import { appUrl } from './support/e2e-env';
import { auth, createMerchant } from './support/merchant-api';
import { continueToPayment, createLink, getLink, linkPath } from './support/payment-links';

test('two customers pay through the same link independently, one with 3-D Secure; each success counts and sends payment_link.completed', async ({
  browser,
  request,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const merchant = createMerchant('Two customers shop');
    const headers = auth(merchant.secret_key);
    const endpoint = await (
      await request.post('/api/v1/webhook_endpoints', {
        headers,
        data: { url: receiver.url('/links'), enabled_events: ['payment_link.completed'] },
      })
    ).json();
    receiver.route('/links', endpoint.secret);
    const link = await createLink(request, merchant.secret_key, {
      after_completion: {
        type: 'hosted_confirmation',
        hosted_confirmation: { custom_message: 'Your lamp ships on Monday.' },
      },
      restrictions: { completed_sessions: { limit: 5 } },
    });

    const [alice, bob] = [await browser.newContext(), await browser.newContext()];
    const [alicePage, bobPage] = [await alice.newPage(), await bob.newPage()];
    for (const page of [alicePage, bobPage]) {
      await page.goto(linkPath(link));
      await expect(page.getByRole('heading', { name: 'Walnut desk lamp' })).toBeVisible();
    }
    const aliceSession = await continueToPayment(alicePage);
    const bobSession = await continueToPayment(bobPage);
    expect(aliceSession).not.toBe(bobSession);

    await payWith(bobPage, '4000002760003184');
    await expect(threeDsModal(bobPage)).toBeVisible();
    await payWith(alicePage, '4242424242424242');
    await expectPaymentSuccessful(alicePage);
    await authenticateInModal(bobPage, 'Complete authentication');
    await expectPaymentSuccessful(bobPage);
    for (const page of [alicePage, bobPage]) {
      await expect(page.getByText('Your lamp ships on Monday.')).toBeVisible();
      await expect(page.getByText(/Returning you to/)).toHaveCount(0);
    }

    await receiver.waitFor((all) => all.filter((r) => r.type === 'payment_link.completed').length === 2, 20_000);
    expect(receiver.rejected).toEqual([]);
    const objects = receiver.on('/links').map((r) => r.body.data.object);
    expect(objects.map((o) => o.id).sort()).toEqual([aliceSession, bobSession].sort());
    for (const object of objects) {
      expect(object).toMatchObject({
        object: 'checkout.session',
        payment_link: link.id,
        status: 'complete',
        amount_total: 4500,
        customer_email: 'customer@example.com',
      });
      expect(object.payment).toMatch(/^pay_/);
    }
    expect((await getLink(request, merchant.secret_key, link.id)).restrictions.completed_sessions).toEqual({
      limit: 5,
      count: 2,
    });
    const session = await (await request.get(`/api/v1/checkout/sessions/${aliceSession}`, { headers })).json();
    expect(session).toMatchObject({
      payment_link: link.id,
      status: 'complete',
      success_url: null,
      cancel_url: link.url,
    });
    const fromLink = await (
      await request.get(`/api/v1/checkout/sessions?payment_link=${link.id}&status=complete`, { headers })
    ).json();
    expect(fromLink.data.map((s: { id: string }) => s.id).sort()).toEqual([aliceSession, bobSession].sort());
    await Promise.all([alice.close(), bob.close()]);
  } finally {
    await receiver.close();
  }
});

test('a link that redirects after payment sends the customer to the merchant with the ids filled in', async ({
  page,
  request,
}) => {
  const merchant = createMerchant('Redirecting link shop');
  const link = await createLink(request, merchant.secret_key, {
    after_completion: {
      type: 'redirect',
      redirect: { url: `${appUrl}/demo/thanks?session={CHECKOUT_SESSION_ID}&payment={PAYMENT_ID}` },
    },
    three_d_secure_ui: 'redirect',
  });
  await page.goto(linkPath(link));
  const sessionId = await continueToPayment(page);
  await payWith(page, '4242424242424242');
  await expectPaymentSuccessful(page);
  await page.waitForURL(new RegExp(`/demo/thanks\\?session=${sessionId}&payment=pay_`), { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'Order confirmed' })).toBeVisible();
});

test('leaving the checkout returns the customer to the link page', async ({ page, request }) => {
  const merchant = createMerchant('Cancel link shop');
  const link = await createLink(request, merchant.secret_key);
  await page.goto(linkPath(link));
  await continueToPayment(page);
  await page.getByRole('link', { name: /Cancel and return to Cancel link shop/ }).click();
  await expect(page).toHaveURL(link.url);
  await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeVisible();
});
