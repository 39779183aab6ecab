import type { ChaosRun } from './run-chaos';

const LIMIT = 25;

const list = (title: string, items: string[]) =>
  items.length === 0
    ? []
    : [
        `**${title}** (${items.length})`,
        '',
        ...items.slice(0, LIMIT).map((item) => `- ${item}`),
        ...(items.length > LIMIT ? [`- … ${items.length - LIMIT} more`] : []),
        '',
      ];

/** The run's details in Markdown: the mix, the faults, and every checkout that broke a zero. */
export function describeRun(label: string, run: ChaosRun): string {
  const { result } = run;
  const notes = run.checkouts
    .filter((checkout) => checkout.notes.length)
    .map(
      (checkout) =>
        `#${checkout.index} ${checkout.scenario}/${checkout.ui} ${checkout.sessionId}: ${checkout.notes.join('; ')}`,
    );
  return [
    `## ${label}`,
    '',
    `Scenarios: ${Object.entries(run.scenarios)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}.`,
    `Stripe calls while faults were on: ${run.stripeCalls}; faults armed: ${JSON.stringify(run.faults)}. Webhook attempts: ${run.webhookAttempts} (${run.webhookDropped} dropped).`,
    `Kills: ${run.kills.map((ms) => `down ${ms} ms`).join(', ')}. Load ${run.loadSeconds.toFixed(0)} s; settled ${run.settledSeconds === null ? 'never (within the window)' : `${run.settledSeconds.toFixed(0)} s after the last fault`}.`,
    '',
    ...list('Charges at Stripe that are not a succeeded payment', result.chargesWithoutPayment),
    ...list('Double charges', result.doubleCharges),
    ...list('Refund totals that disagree', result.refundMismatches),
    ...list('Refunded more than asked', result.overRefunds),
    ...list('Not final', result.notFinal),
    ...Object.entries(result.missingEvents).flatMap(([name, missing]) =>
      list(`Merchant events missing at "${name}"`, missing),
    ),
    ...Object.entries(result.outOfOrder).flatMap(([name, order]) =>
      list(`Merchant events about one object out of order at "${name}"`, order.sameObject),
    ),
    ...list('Customer and merchant notes (what the bench saw on the way)', notes),
  ].join('\n');
}
