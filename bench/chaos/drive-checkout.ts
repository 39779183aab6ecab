// One customer (and, for refunds and abandoned checkouts, the merchant) through the real HTTP surface:
// the merchant API opens the session, the card is tokenised at the sandbox as Stripe.js does, Pay is the
// page's server action, 3-D Secure is answered at the bank (the sandbox) and the customer comes back to
// /return, whose confirm action runs. Customers behave as people do under failure: an error page or
// "could not reach the payment processor" makes them press Pay again; a server that is down makes them
// reload a moment later.
import {
  confirmPayment,
  createSession,
  decideThreeDSecure,
  merchantApi,
  paymentOfSession,
  startPayment,
  type PaymentStep,
} from '@/resilience/support/http-checkout';
import type { ChaosStack } from './chaos-stack';
import { CHAOS } from './config';
import { CARDS, type ScenarioName } from './scenarios';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (from: number, to: number) => from + Math.random() * (to - from);

export type Checkout = {
  index: number;
  scenario: ScenarioName;
  ui: 'modal' | 'redirect';
  amount: number;
  sessionId: string | null;
  paymentId: string | null;
  /** What the merchant meant to refund in all (minor units), and in how many refunds. */
  intendedRefund: number;
  refundRequests: number;
  /** The customer walked away before the payment had an outcome (3-D Secure never answered, gave up). */
  leftUnfinished: boolean;
  /** Follow-up work (refunds, the merchant expiring an abandoned checkout) still running. */
  followUp: Promise<void> | null;
  notes: string[];
};

/** Retries `call` while it throws (server down, 5xx, timeout): what a customer reloading or a merchant's retry loop does. */
async function persist<T>(call: () => Promise<T>, checkout: Checkout, what: string, tries = 12): Promise<T | null> {
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt === tries) checkout.notes.push(`${what} gave up: ${(error as Error).message.slice(0, 120)}`);
      await sleep(jitter(800, 2500));
    }
  }
  return null;
}

/** Pay pressed, again after an error, as long as the page says to try again. */
async function pressPay(stack: ChaosStack, checkout: Checkout, card: string): Promise<PaymentStep | null> {
  for (let press = 1; press <= 8; press++) {
    const step = await persist(
      () => startPayment(stack, checkout.sessionId!, card, `buyer${checkout.index}@example.com`, 30_000),
      checkout,
      'Pay',
      3,
    );
    if (step && 'paymentId' in step && step.paymentId) checkout.paymentId = step.paymentId;
    const tryAgain =
      !step ||
      (step.kind === 'failed' && step.code === 'temporarily_unavailable') ||
      (step.kind === 'unavailable' && step.reason === 'busy');
    if (!tryAgain) return step;
    await sleep(jitter(1000, 3000));
  }
  checkout.notes.push('customer gave up pressing Pay');
  return null;
}

/** The customer back from the bank on /return: the page loads and runs its confirm action. */
async function comeBack(stack: ChaosStack, checkout: Checkout, paymentId: string): Promise<PaymentStep | null> {
  await persist(
    () =>
      fetch(`${stack.appUrl}/return?payment=${paymentId}`).then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`)),
      ),
    checkout,
    '/return',
    4,
  );
  for (let press = 1; press <= 4; press++) {
    const step = await persist(
      () => confirmPayment(stack, checkout.sessionId!, paymentId, 30_000),
      checkout,
      'confirm',
      3,
    );
    if (step && !(step.kind === 'failed' && step.code === 'temporarily_unavailable')) return step;
    await sleep(jitter(1000, 3000));
  }
  return null;
}

type StatusView = { status: string; final: boolean; inFlight: boolean };

/**
 * The customer on /return while the page waits (the status its fallback poll reads). When the bank still
 * waits for them, the page says so and links back to the checkout, where they press Pay again.
 */
async function waitOnReturnPage(stack: ChaosStack, paymentId: string): Promise<StatusView | null> {
  let view: StatusView | null = null;
  for (let poll = 0; poll < 20; poll++) {
    view = await fetch(`${stack.appUrl}/api/payments/${paymentId}/status`)
      .then((response) => (response.ok ? (response.json() as Promise<StatusView>) : null))
      .catch(() => null);
    if (view && !view.inFlight && view.status !== 'processing') return view;
    await sleep(1500);
  }
  return view;
}

async function answerThreeDSecure(
  stack: ChaosStack,
  checkout: Checkout,
  step: Extract<PaymentStep, { kind: 'requires_action' | 'redirect' }>,
): Promise<PaymentStep | null> {
  const { scenario } = checkout;
  if (scenario === 'three_ds_abandoned') return null;
  const outcome = scenario === 'three_ds_failed' ? 'fail' : 'complete';
  if (step.kind === 'redirect') {
    const token = new URL(step.url).pathname.split('/').pop()!;
    const answered = await persist(
      async () => {
        const response = await fetch(`${stack.sandboxUrl}/v1/sandbox_3ds/${token}`, {
          method: 'POST',
          body: new URLSearchParams({ outcome }),
        });
        if (!response.ok) throw new Error(`bank page answered ${response.status}`);
      },
      checkout,
      '3DS at the bank',
      3,
    );
    if (answered === null) return null;
  } else {
    const intentId = step.clientSecret.split('_secret_')[0]!;
    if ((await persist(() => decideThreeDSecure(stack, intentId, outcome), checkout, '3DS in the modal', 3)) === null)
      return null;
    // Stripe.js reports a failed challenge to the page; the page does not call the server.
    if (outcome === 'fail') return null;
  }
  if (scenario === 'three_ds_no_return') return null;
  return comeBack(stack, checkout, step.paymentId);
}

function cardFor(scenario: ScenarioName, index: number): string {
  if (scenario === 'declined' || scenario === 'declined_then_success')
    return index % 2 ? CARDS.declined : CARDS.insufficientFunds;
  if (scenario.startsWith('three_ds'))
    return scenario === 'three_ds_then_declined' ? CARDS.threeDsThenDeclined : CARDS.threeDs;
  return CARDS.success;
}

export async function driveCheckout(stack: ChaosStack, index: number, scenario: ScenarioName): Promise<Checkout> {
  const ui = index % 2 ? 'redirect' : 'modal';
  const checkout: Checkout = {
    index,
    scenario,
    ui,
    amount: 1000 + Math.floor(Math.random() * 9000),
    sessionId: null,
    paymentId: null,
    intendedRefund: 0,
    refundRequests: 0,
    leftUnfinished: false,
    followUp: null,
    notes: [],
  };
  // The same Idempotency-Key on every retry, but a request cut off by a kill keeps its key in use for
  // minutes (409): after a few of those the merchant starts over with a new key.
  let tries = 0;
  const session = await persist(
    () =>
      createSession(stack, {
        amount: checkout.amount,
        threeDSecureUi: ui,
        idempotencyKey: `chaos-session-${index}-${Math.floor(tries++ / 4)}`,
      }),
    checkout,
    'session create',
  );
  if (!session) return checkout;
  checkout.sessionId = session.id;
  await persist(
    () =>
      fetch(`${stack.appUrl}/c/${session.id}`).then((response) =>
        response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`)),
      ),
    checkout,
    'checkout page',
    4,
  );

  const card = cardFor(scenario, index);
  let step = await pressPay(stack, checkout, card);
  let retriedWithAnotherCard = false;
  let answeredThreeDSecure = false;
  for (let turn = 0; step && turn < 6; turn++) {
    if (step.kind === 'requires_action' || step.kind === 'redirect') {
      answeredThreeDSecure = scenario !== 'three_ds_abandoned';
      step = await answerThreeDSecure(stack, checkout, step);
    } else if (step.kind === 'failed' && scenario === 'declined_then_success' && !retriedWithAnotherCard) {
      retriedWithAnotherCard = true;
      step = await pressPay(stack, checkout, CARDS.success);
    } else if (step.kind === 'processing') {
      await fetch(step.returnUrl.replace('//localhost:', '//127.0.0.1:')).catch(() => null);
      const view = await waitOnReturnPage(stack, step.paymentId);
      if (view?.status !== 'requires_action') break;
      step = await pressPay(stack, checkout, card);
    } else break;
  }
  checkout.leftUnfinished =
    !answeredThreeDSecure && (step === null || step.kind === 'requires_action' || step.kind === 'redirect');

  const followUps = [
    ...(checkout.leftUnfinished ? [expireLater(stack, checkout)] : []),
    ...(scenario === 'refund_full' || scenario === 'refund_partial' ? [refundWhenPaid(stack, checkout)] : []),
  ];
  checkout.followUp = followUps.length ? Promise.all(followUps).then(() => undefined) : null;
  return checkout;
}

/** The merchant gives up on a checkout left in 3-D Secure: `POST /checkout/sessions/{id}/expire`. */
async function expireLater(stack: ChaosStack, checkout: Checkout): Promise<void> {
  await sleep(CHAOS.abandonExpireAfterMs);
  await persist(
    async () => {
      const { status, body } = await merchantApi(stack, 'POST', `/checkout/sessions/${checkout.sessionId}/expire`);
      if (status >= 500) throw new Error(`expire answered ${status}`);
      if (status !== 200) checkout.notes.push(`expire answered ${status} ${JSON.stringify(body).slice(0, 120)}`);
    },
    checkout,
    'expire',
  );
}

type ApiPayment = { status: string; amount: number };

/** Once the payment shows succeeded in the API, the merchant refunds it (in full, or 30 % then 50 %). */
async function refundWhenPaid(stack: ChaosStack, checkout: Checkout): Promise<void> {
  // The customer's page may never have named the payment (an answer lost on the way): the merchant looks it up.
  const found = checkout.paymentId
    ? null
    : await persist(() => paymentOfSession(stack, checkout.sessionId!), checkout, 'payment lookup');
  const paymentId = checkout.paymentId ?? found?.id;
  if (!paymentId) return void checkout.notes.push('no payment to refund');
  const deadline = Date.now() + 200_000;
  for (;;) {
    const read = await merchantApi<ApiPayment>(stack, 'GET', `/payments/${paymentId}`).catch(() => null);
    if (read?.status === 200 && read.body.status === 'succeeded') break;
    if (Date.now() > deadline)
      return void checkout.notes.push(`payment never showed succeeded to refund (last ${read?.body.status})`);
    await sleep(1000);
  }
  const parts =
    checkout.scenario === 'refund_full'
      ? [undefined]
      : [Math.round(checkout.amount * 0.3), Math.round(checkout.amount * 0.5)];
  for (const [part, amount] of parts.entries()) {
    checkout.intendedRefund += amount ?? checkout.amount;
    checkout.refundRequests++;
    await requestRefund(stack, checkout, paymentId, amount, part);
  }
}

/**
 * One refund as a careful merchant integration asks for it: the same Idempotency-Key while the outcome is
 * unknown (5xx, timeout, 409), a new key only after Tillpoint said it failed (402, or `failed`).
 */
async function requestRefund(
  stack: ChaosStack,
  checkout: Checkout,
  paymentId: string,
  amount: number | undefined,
  part: number,
): Promise<void> {
  let key = 1;
  for (let attempt = 1; attempt <= 12; attempt++) {
    const answer = await merchantApi<{ status?: string; error?: { code: string } }>(
      stack,
      'POST',
      `/payments/${paymentId}/refunds`,
      amount === undefined ? {} : { amount },
      {
        'Idempotency-Key': `chaos-refund-${checkout.index}-${part}-${key}`,
      },
    ).catch(() => null);
    if (answer && answer.status < 300 && answer.body.status !== 'failed') return;
    if (answer && (answer.status === 402 || answer.body.status === 'failed')) {
      checkout.notes.push(
        `refund ${part} failed (${answer.body.error?.code ?? answer.body.status}); retried with a new key`,
      );
      key++;
    } else if (answer && answer.status >= 400 && answer.status < 500 && answer.status !== 409) {
      return void checkout.notes.push(`refund ${part} refused: ${answer.status} ${answer.body.error?.code}`);
    }
    await sleep(jitter(1000, 2500));
  }
  checkout.notes.push(`refund ${part} gave up`);
}
