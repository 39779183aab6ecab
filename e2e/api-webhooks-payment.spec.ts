import { expect, test } from '@playwright/test';
import { startWebhookReceiver } from '../test-support/webhook-receiver';
import { expectPaymentSuccessful, payWith } from './support/checkout';
import { auth, createMerchant, createSession } from './support/merchant-api';

test('a customer pays on the hosted page; the merchant receives payment.succeeded and checkout.session.completed, signed', async ({
  request,
  page,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const merchant = createMerchant('Webhook payment shop');
    const headers = auth(merchant.secret_key);
    const endpoint = await (
      await request.post('/api/v1/webhook_endpoints', {
        headers,
        data: { url: receiver.url('/orders'), enabled_events: ['*'] },
      })
    ).json();
    receiver.route('/orders', endpoint.secret);
    const session = await createSession(request, merchant.secret_key, { success_url: 'http://localhost:3999/thanks' });

    await page.goto(new URL(session.url).pathname);
    await payWith(page, '4242424242424242');
    await expectPaymentSuccessful(page);

    await receiver.waitFor((all) => all.some((r) => r.type === 'checkout.session.completed'), 20_000);
    expect(receiver.rejected).toEqual([]);
    const types = receiver.on('/orders').map((r) => r.type);
    expect(types).toEqual(['payment.succeeded', 'checkout.session.completed']);
    const [paid, completed] = receiver.on('/orders').map((r) => r.body.data.object);
    expect(paid).toMatchObject({
      object: 'payment',
      status: 'succeeded',
      amount: 4500,
      currency: 'usd',
      checkout_session: session.id,
      card: { last4: '4242' },
    });
    expect(completed).toMatchObject({
      id: session.id,
      object: 'checkout.session',
      status: 'complete',
      payment: paid!.id,
    });

    const events = await (await request.get('/api/v1/events', { headers })).json();
    expect(events.data.map((e: { type: string }) => e.type)).toEqual([
      'checkout.session.completed',
      'payment.succeeded',
    ]);
    expect(events.data.map((e: { id: string }) => e.id).sort()).toEqual(
      receiver
        .on('/orders')
        .map((r) => r.id)
        .sort(),
    );
  } finally {
    await receiver.close();
  }
});
