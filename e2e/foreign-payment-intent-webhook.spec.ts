import { expect, test } from '@playwright/test';
import { fillCard, fillEmail, threeDsModal } from './support/checkout';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { E2E, sandboxUrl } from './support/e2e-env';
import { createMerchant, createSession } from './support/merchant-api';
import {
  getPayment,
  getSessionStatus,
  intentsForSession,
  sessionPaymentId,
  stripeApi,
  type SandboxIntent,
} from './support/sandbox-stripe';

type Delivery = { event_id: string; event_type: string; status: number | null };

async function deliveriesOf(eventId: string): Promise<Delivery[]> {
  const response = await fetch(`${sandboxUrl}/_sandbox/webhooks/deliveries?event_id=${eventId}`, {
    headers: { Authorization: `Bearer ${E2E.sandboxSecretKey}` },
  });
  return ((await response.json()) as { data: Delivery[] }).data;
}

test("a signed payment_intent.succeeded for someone else's 0.50 EUR PaymentIntent never pays a 470 EUR payment waiting on 3DS", async ({
  browser,
  page,
  request,
}) => {
  const merchant = createMerchant('Expensive chair shop');
  const session = await createSession(request, merchant.secret_key, {
    currency: 'eur',
    line_items: [{ name: 'Designer chair', unit_amount: 47000, quantity: 1 }],
  });
  await page.goto(new URL(session.url).pathname);
  await fillEmail(page);
  await fillCard(page, '4000002760003184');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(threeDsModal(page)).toBeVisible({ timeout: 20_000 });
  const paymentId = (await sessionPaymentId(request, merchant.secret_key, session.id))!;
  await expect
    .poll(async () => (await getPayment(request, merchant.secret_key, paymentId)).status)
    .toBe('requires_action');
  const [own] = await intentsForSession(session.id);

  // Someone with access to the Stripe account pays 0.50 EUR on a PaymentIntent whose metadata names that payment.
  const foreign = await stripeApi<SandboxIntent>('POST', '/v1/payment_intents', {
    amount: '50',
    currency: 'eur',
    payment_method: 'pm_card_visa',
    'allowed_payment_method_types[0]': 'card',
    confirm: 'true',
    'metadata[tillpoint_payment_id]': paymentId,
    'metadata[tillpoint_checkout_session_id]': session.id,
    'metadata[tillpoint_merchant_id]': merchant.id,
  });
  expect(foreign.status).toBe('succeeded');
  expect(foreign.id).not.toBe(own!.id);
  const events = await stripeApi<{ data: { id: string; data: { object: { id: string } } }[] }>('GET', '/v1/events', {
    type: 'payment_intent.succeeded',
    limit: '100',
  });
  const event = events.data.find((candidate) => candidate.data.object.id === foreign.id)!;
  expect(event).toBeDefined();
  // Tillpoint received it, verified its signature and answered 2xx.
  await expect
    .poll(
      async () => (await deliveriesOf(event.id)).some((delivery) => delivery.status !== null && delivery.status < 300),
      { timeout: 15_000 },
    )
    .toBe(true);

  const afterWebhook = await getPayment(request, merchant.secret_key, paymentId);
  expect(afterWebhook.status).toBe('requires_action');
  expect(await getSessionStatus(request, merchant.secret_key, session.id)).toBe('open');
  await expect
    .poll(async () => (await getPayment(request, merchant.secret_key, paymentId)).anomalies?.length ?? 0, {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  const payment = await getPayment(request, merchant.secret_key, paymentId);
  expect(payment.status).toBe('requires_action');
  expect(payment.anomalies![0]).toMatchObject({ stripe_object: foreign.id });
  expect(payment.timeline.map((entry) => entry.source)).toContain('anomaly');
  expect(payment.timeline.map((entry) => entry.to)).not.toContain('succeeded');
  expect(await getSessionStatus(request, merchant.secret_key, session.id)).toBe('open');
  await expect(page.getByText('Payment successful')).toHaveCount(0);

  // The merchant sees the flag on the payment's dashboard page.
  const office = await browser.newPage();
  await signInToDashboard(office, createDashboardUser(merchant.id));
  await office.goto(`/dashboard/payments/${paymentId}`);
  const flag = office.getByRole('region', { name: /^Needs attention/ });
  await expect(flag).toBeVisible();
  await expect(flag).toContainText(foreign.id);
  await office.close();
});
