// Tillpoint against Stripe's truth (the sandbox), checkout by checkout: what Stripe charged and refunded,
// what Tillpoint says, what the merchant's endpoints received, and how long the truth took to arrive.
import pg from 'pg';
import { sandboxCall } from '@/resilience/support/http-checkout';
import type { ChaosStack } from './chaos-stack';
import type { Checkout } from './drive-checkout';
import type { MerchantReceiver } from './merchant-receiver';

export type Endpoint = { name: string; id: string; events: string[] };

type Intent = { id: string; status: string; amount: number; metadata: Record<string, string> };
type StripeRefund = { id: string; amount: number; status: string; payment_intent: string };
type PaymentRow = {
  id: string;
  session_id: string;
  stripe_payment_intent_id: string | null;
  status: string;
  amount: number;
  amount_refunded: number;
};

export type Reconciliation = {
  stripeCharges: number;
  tillpointSucceeded: number;
  /** Succeeded PaymentIntents that are not a succeeded Tillpoint payment's own PaymentIntent. */
  chargesWithoutPayment: string[];
  doubleCharges: string[];
  refundMismatches: string[];
  overRefunds: string[];
  notFinal: string[];
  missingEvents: Record<string, string[]>;
  /** Per endpoint: events first received after a later event (by sequence), about the same object / about any. */
  outOfOrder: Record<string, { sameObject: string[]; any: number }>;
  deliveriesPending: number;
  /** ms from an event's record to its first arrival at an endpoint, every endpoint together. */
  eventLag: number[];
  /** ms; `webhookWait` + `handling` split `clean`: until a webhook about the PaymentIntent reached the app, then until Tillpoint was final. */
  timeToTruth: { clean: number[]; all: number[]; webhookWait: number[]; handling: number[]; unfaulted: number[] };
};

const PENDING = new Set(['requires_action', 'requires_confirmation', 'processing', 'requires_capture']);
const FINAL_EVENT: Record<string, string> = {
  succeeded: 'payment_intent.succeeded',
  requires_payment_method: 'payment_intent.payment_failed',
  canceled: 'payment_intent.canceled',
};

async function listAll<T extends { id: string }>(stack: ChaosStack, apiPath: string): Promise<T[]> {
  const all: T[] = [];
  let after: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: '100', ...(after && { starting_after: after }) });
    const { status, body } = await sandboxCall<{ data: T[]; has_more: boolean }>(stack, 'GET', `${apiPath}?${query}`);
    if (status !== 200) throw new Error(`GET ${apiPath} answered ${status}`);
    all.push(...body.data);
    if (!body.has_more || body.data.length === 0) return all;
    after = body.data.at(-1)!.id;
  }
}

const matches = (events: string[], type: string) => events.includes('*') || events.includes(type);

export async function reconcile(
  stack: ChaosStack,
  checkouts: Checkout[],
  receiver: MerchantReceiver,
  endpoints: Endpoint[],
): Promise<Reconciliation> {
  const intents = await listAll<Intent>(stack, '/v1/payment_intents');
  const refunds = await listAll<StripeRefund>(stack, '/v1/refunds');
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const payments = (
      await client.query<PaymentRow>(
        'SELECT id, session_id, stripe_payment_intent_id, status, amount, amount_refunded FROM payments',
      )
    ).rows;
    const timeline = (
      await client.query<{ payment_id: string; to_status: string; at: Date }>(
        'SELECT payment_id, to_status, created_at AS at FROM payment_events ORDER BY created_at',
      )
    ).rows;
    const events = (
      await client.query<{ id: string; sequence: string; type: string; object_id: string | null; created_at: Date }>(
        'SELECT id, sequence, type, object_id, created_at FROM merchant_events ORDER BY sequence',
      )
    ).rows;
    const endpointRows = (
      await client.query<{ id: string; created_at: Date }>('SELECT id, created_at FROM webhook_endpoints')
    ).rows;
    const inFlight = new Set(
      (
        await client.query<{ payment_id: string }>(
          'SELECT DISTINCT payment_id FROM payment_attempts WHERE finished_at IS NULL',
        )
      ).rows.map((row) => row.payment_id),
    );
    const pending = (
      await client.query<{ count: string }>(`SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'`)
    ).rows[0]!.count;

    const paymentBySession = new Map(payments.map((payment) => [payment.session_id, payment]));
    const intentsBySession = new Map<string, Intent[]>();
    for (const intent of intents) {
      const session = intent.metadata?.tillpoint_checkout_session_id ?? '';
      intentsBySession.set(session, [...(intentsBySession.get(session) ?? []), intent]);
    }
    const refundedAtStripe = new Map<string, number>();
    const refundCount = new Map<string, number>();
    for (const refund of refunds) {
      if (refund.status !== 'pending' && refund.status !== 'succeeded') continue;
      refundedAtStripe.set(refund.payment_intent, (refundedAtStripe.get(refund.payment_intent) ?? 0) + refund.amount);
      refundCount.set(refund.payment_intent, (refundCount.get(refund.payment_intent) ?? 0) + 1);
    }

    const result: Reconciliation = {
      stripeCharges: intents.filter((intent) => intent.status === 'succeeded').length,
      tillpointSucceeded: payments.filter((payment) => payment.status === 'succeeded').length,
      chargesWithoutPayment: [],
      doubleCharges: [],
      refundMismatches: [],
      overRefunds: [],
      notFinal: [],
      missingEvents: {},
      outOfOrder: {},
      deliveriesPending: Number(pending),
      eventLag: [],
      timeToTruth: { clean: [], all: [], webhookWait: [], handling: [], unfaulted: [] },
    };
    const succeededPayments = new Set(
      payments.filter((payment) => payment.status === 'succeeded').map((payment) => payment.stripe_payment_intent_id),
    );
    for (const intent of intents) {
      if (intent.status === 'succeeded' && !succeededPayments.has(intent.id))
        result.chargesWithoutPayment.push(`${intent.id} (session ${intent.metadata?.tillpoint_checkout_session_id})`);
    }

    for (const checkout of checkouts) {
      if (!checkout.sessionId) continue;
      const label = `#${checkout.index} ${checkout.scenario}/${checkout.ui} ${checkout.sessionId}`;
      const payment = paymentBySession.get(checkout.sessionId);
      const sessionIntents = intentsBySession.get(checkout.sessionId) ?? [];
      const charged = sessionIntents.filter((intent) => intent.status === 'succeeded');
      if (charged.length > 1) result.doubleCharges.push(`${label}: ${charged.map((intent) => intent.id).join(', ')}`);
      const stripeRefunded = sessionIntents.reduce((sum, intent) => sum + (refundedAtStripe.get(intent.id) ?? 0), 0);
      const stripeRefunds = sessionIntents.reduce((sum, intent) => sum + (refundCount.get(intent.id) ?? 0), 0);
      if (stripeRefunded > checkout.intendedRefund || stripeRefunds > checkout.refundRequests) {
        result.overRefunds.push(
          `${label}: Stripe made ${stripeRefunds} refunds of ${stripeRefunded} in all; the merchant asked for ${checkout.refundRequests} of ${checkout.intendedRefund}`,
        );
      }
      if (!payment) {
        if (sessionIntents.length)
          result.notFinal.push(`${label}: PaymentIntents at Stripe but no payment in Tillpoint`);
        continue;
      }
      const own = sessionIntents.find((intent) => intent.id === payment.stripe_payment_intent_id);
      const ownRefunded = own ? (refundedAtStripe.get(own.id) ?? 0) : 0;
      if (payment.amount_refunded !== ownRefunded)
        result.refundMismatches.push(`${label}: Tillpoint ${payment.amount_refunded}, Stripe ${ownRefunded}`);
      const stripeStatus = own?.status ?? (charged.length ? 'succeeded' : 'requires_payment_method');
      if (
        PENDING.has(payment.status) ||
        PENDING.has(stripeStatus) ||
        payment.status !== stripeStatus ||
        inFlight.has(payment.id)
      ) {
        const attempt = inFlight.has(payment.id) ? ' (an attempt still in flight)' : '';
        result.notFinal.push(
          `${label}: Tillpoint ${payment.status}${attempt}, Stripe ${own ? `${own.id} ${own.status}` : 'no PaymentIntent of its own'}`,
        );
        continue;
      }
      const finalType = own ? FINAL_EVENT[own.status] : undefined;
      const stripeEvent = finalType
        ? (stack.recorder.eventsByIntent.get(own!.id) ?? []).filter((event) => event.type === finalType).at(-1)
        : undefined;
      const reached = timeline
        .filter((entry) => entry.payment_id === payment.id && entry.to_status === payment.status)
        .at(-1);
      if (!stripeEvent || !reached) continue;
      const latency = reached.at.getTime() - stripeEvent.at;
      result.timeToTruth.all.push(latency);
      const firstAttempts = [...stack.recorder.attempts.values()].filter(
        (attempt) => attempt.eventId === stripeEvent.id && attempt.attempt === 1,
      );
      if (!firstAttempts.some((attempt) => attempt.status !== null && attempt.status >= 200 && attempt.status < 300))
        continue;
      result.timeToTruth.clean.push(latency);
      const faulted = stack.proxy.faults.some(
        (fault) => fault.path.includes(own!.id) && fault.at >= stripeEvent.at && fault.at <= reached.at.getTime(),
      );
      if (!faulted) result.timeToTruth.unfaulted.push(latency);
      // Tillpoint re-reads the PaymentIntent on payment_intent.* events only (charge.* do not move a payment).
      const arrivals = (stack.recorder.eventsByIntent.get(own!.id) ?? [])
        .filter((event) => event.type.startsWith('payment_intent.'))
        .map((event) => stack.webhooks.arrivals.get(event.id))
        .filter((at): at is number => at !== undefined && at >= stripeEvent.at);
      const firstArrival = Math.min(...arrivals);
      // Truth that came before any webhook (the customer's own action, the reconciler) has nothing to split.
      if (arrivals.length === 0 || reached.at.getTime() < firstArrival) continue;
      result.timeToTruth.webhookWait.push(firstArrival - stripeEvent.at);
      result.timeToTruth.handling.push(reached.at.getTime() - firstArrival);
    }

    const endpointCreated = new Map(endpointRows.map((row) => [row.id, row.created_at.getTime()]));
    const eventById = new Map(events.map((event) => [event.id, event]));
    const successEventOf = new Set(
      events.filter((event) => event.type === 'payment.succeeded').map((event) => event.object_id),
    );
    for (const endpoint of endpoints) {
      const received = receiver.endpoint(endpoint.name);
      const since = endpointCreated.get(endpoint.id) ?? 0;
      const missing = events
        .filter(
          (event) =>
            event.created_at.getTime() >= since && matches(endpoint.events, event.type) && !received.seen.has(event.id),
        )
        .map((event) => `${event.type} ${event.object_id} (${event.id})`);
      if (matches(endpoint.events, 'payment.succeeded')) {
        for (const payment of payments)
          if (payment.status === 'succeeded' && !successEventOf.has(payment.id))
            missing.push(`payment.succeeded ${payment.id} never recorded`);
      }
      result.missingEvents[endpoint.name] = missing;
      for (const event of events) {
        const arrived = received.seen.get(event.id);
        if (arrived !== undefined) result.eventLag.push(arrived - event.created_at.getTime());
      }
      let highest = 0;
      const highestOf = new Map<string, { sequence: number; type: string }>();
      const order = { sameObject: [] as string[], any: 0 };
      for (const id of received.firstArrivals) {
        const event = eventById.get(id);
        if (!event) continue;
        const sequence = Number(event.sequence);
        if (sequence < highest) order.any++;
        highest = Math.max(highest, sequence);
        const object = event.object_id ?? '';
        const before = highestOf.get(object);
        if (before && sequence < before.sequence)
          order.sameObject.push(`${object}: ${event.type} (#${sequence}) after ${before.type} (#${before.sequence})`);
        if (!before || sequence > before.sequence) highestOf.set(object, { sequence, type: event.type });
      }
      result.outOfOrder[endpoint.name] = order;
    }
    return result;
  } finally {
    await client.end();
  }
}
