import { expect, test } from '@playwright/test';
import { resetSandboxFaults, sandboxControl } from './support/checkout';
import { paymentForSession, queryDb } from './support/database';
import { loggedEvents, openDemoSite, payInEmbed, startEmbeddedCheckout, waitForEvent } from './support/embed';

test.afterEach(resetSandboxFaults);

test('webhooks delayed 2 s: the host gets no succeeded message before the database says the payment succeeded', async ({
  page,
}) => {
  await sandboxControl('/faults/webhooks', { delay_ms: '2000' });
  await openDemoSite(page);
  const { frame, sessionId } = await startEmbeddedCheckout(page, 'inline');
  await payInEmbed(frame, '4242424242424242');
  const processing = await waitForEvent(page, 'processing');
  await expect(frame.getByRole('heading', { name: 'Confirming your payment…' })).toBeVisible();

  // Stripe has accepted the payment, but no webhook has arrived: the database, and so the frame, still wait.
  await page.waitForTimeout(1000);
  expect((await paymentForSession(sessionId))?.status).toBe('processing');
  expect((await loggedEvents(page)).map((event) => event.type)).not.toContain('succeeded');

  const succeeded = await waitForEvent(page, 'succeeded');
  const [row] = await queryDb<{ status: string; succeeded_at: Date }>(
    'SELECT status, succeeded_at FROM payments WHERE session_id = $1',
    [sessionId],
  );
  expect(row!.status).toBe('succeeded');
  // The message came after the webhook wrote the success (same machine clock, milliseconds), and well after Stripe accepted it.
  expect(succeeded.at).toBeGreaterThanOrEqual(row!.succeeded_at.getTime());
  expect(succeeded.at - processing.at).toBeGreaterThanOrEqual(1800);
  const [event] = await queryDb<{ source: string }>(
    "SELECT source FROM payment_events WHERE payment_id = (SELECT id FROM payments WHERE session_id = $1) AND to_status = 'succeeded'",
    [sessionId],
  );
  expect(event!.source).toBe('webhook');
});
