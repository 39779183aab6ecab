/**
 * Chaos benchmark (issue 12): at least 300 checkouts through Tillpoint's real HTTP surface (merchant API,
 * the hosted page and its server actions, the bank's 3-D Secure page, /return, refunds through the API)
 * with every fault on at once — Stripe webhooks duplicated ×3, shuffled, delayed 0–5 s and 30 % of
 * first attempts dropped; 5 % of Tillpoint's Stripe calls answering 5xx before or after the work or
 * hanging past the client timeout; the server SIGKILLed and restarted twice — then Tillpoint reconciled
 * against the sandbox. Runs on PGlite, then on PostgreSQL when BENCH_DATABASE_URL (or DATABASE_URL)
 * names a server whose role may create databases (it works in `<db>_chaos_bench`, made afresh).
 * Own ports 4700–4704 and data dir `.data/bench-chaos-*`, so it runs beside `npm start`. Prints one
 * JSON line (bench/run.ts); details of each run go to bench/results/chaos.md.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { percentile } from './support/stats';
import { root } from './support/launcher';
import { CHAOS } from './chaos/config';
import { describeRun } from './chaos/describe-run';
import { runChaos, type ChaosRun } from './chaos/run-chaos';

type Row = { metric: string; value: number; unit: string; target?: string; pass?: boolean };

const log = (line: string) => process.stderr.write(`[chaos] ${line}\n`);

function rowsFor(label: string, run: ChaosRun): Row[] {
  const { result } = run;
  const zero = (metric: string, value: number, unit: string): Row => ({
    metric: `${label}: ${metric}`,
    value,
    unit,
    target: '0',
    pass: value === 0,
  });
  const info = (metric: string, value: number, unit: string): Row => ({ metric: `${label}: ${metric}`, value, unit });
  const faultTotal = Object.values(run.faults).reduce((sum, count) => sum + count, 0);
  return [
    {
      metric: `${label}: checkouts driven`,
      value: run.checkouts.length,
      unit: 'checkouts',
      target: '>= 300',
      pass: run.checkouts.length >= 300,
    },
    info('Stripe calls by Tillpoint while faults were on', run.stripeCalls, 'calls'),
    info(
      `of which faulted (5xx before ${run.faults.fail_before ?? 0}, 5xx after ${run.faults.fail_after ?? 0}, hang ${run.faults.hang ?? 0})`,
      (100 * faultTotal) / Math.max(1, run.stripeCalls),
      '%',
    ),
    info('webhook delivery attempts (of which dropped)', run.webhookAttempts, `(${run.webhookDropped} dropped)`),
    {
      metric: `${label}: server SIGKILLed and restarted`,
      value: run.kills.length,
      unit: 'times',
      target: '2',
      pass: run.kills.length === 2,
    },
    info('charges at Stripe (succeeded PaymentIntents)', result.stripeCharges, ''),
    info('payments succeeded in Tillpoint', result.tillpointSucceeded, ''),
    zero('charges at Stripe that are not a succeeded payment in Tillpoint', result.chargesWithoutPayment.length, ''),
    zero('double charges (a checkout with 2+ charges)', result.doubleCharges.length, ''),
    zero('refund totals that disagree (Tillpoint vs Stripe)', result.refundMismatches.length, 'payments'),
    zero('refunded more than the merchant asked', result.overRefunds.length, 'payments'),
    zero(`payments not final ${CHAOS.settleMs / 60_000} minutes after the last fault`, result.notFinal.length, ''),
    ...Object.entries(result.missingEvents).map(([name, missing]) =>
      zero(`merchant events missing, endpoint "${name}"`, missing.length, ''),
    ),
    ...Object.entries(result.outOfOrder).flatMap(([name, order]) => [
      zero(
        `merchant events about one object first received out of order, endpoint "${name}"`,
        order.sameObject.length,
        '',
      ),
      info(
        `merchant events first received after an event recorded later (any object), endpoint "${name}"`,
        order.any,
        '',
      ),
    ]),
    info(
      'time-to-truth (Stripe final → Tillpoint final), decisive webhook not dropped, p50',
      percentile(result.timeToTruth.clean, 50),
      'ms',
    ),
    {
      metric: `${label}: time-to-truth, decisive webhook not dropped, p99 (of ${result.timeToTruth.clean.length})`,
      value: percentile(result.timeToTruth.clean, 99),
      unit: 'ms',
      target: '<= 3000',
      pass: percentile(result.timeToTruth.clean, 99) <= 3000,
    },
    info(
      'of which the first webhook about the PaymentIntent on its way (injected 0–5 s delay, shuffling), p50 / p99',
      percentile(result.timeToTruth.webhookWait, 50),
      `ms / ${Math.round(percentile(result.timeToTruth.webhookWait, 99))} ms`,
    ),
    info(
      'of which Tillpoint handling it (arrival → final timeline entry), p50 / p99',
      percentile(result.timeToTruth.handling, 50),
      `ms / ${Math.round(percentile(result.timeToTruth.handling, 99))} ms`,
    ),
    info(
      `time-to-truth, decisive webhook not dropped and no injected fault on a Stripe call about it on the way, p50 / p99 (of ${result.timeToTruth.unfaulted.length})`,
      percentile(result.timeToTruth.unfaulted, 50),
      `ms / ${Math.round(percentile(result.timeToTruth.unfaulted, 99))} ms`,
    ),
    info(
      `time-to-truth, every checkout, p50 / p99 (of ${result.timeToTruth.all.length})`,
      percentile(result.timeToTruth.all, 50),
      `ms / ${Math.round(percentile(result.timeToTruth.all, 99))} ms`,
    ),
    info(
      'merchant events, recorded → first received, p50 / p99',
      percentile(result.eventLag, 50),
      `ms / ${Math.round(percentile(result.eventLag, 99))} ms`,
    ),
    info('load phase', run.loadSeconds, 's'),
    info('last fault → everything reconciled', run.settledSeconds ?? NaN, 's'),
  ];
}

const postgresUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || '';
const rows: Row[] = [];
const details: string[] = [];
for (const kind of ['pglite', 'postgresql'] as const) {
  if (kind === 'postgresql' && !postgresUrl) {
    log(
      'PostgreSQL run skipped: set BENCH_DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db (a role with CREATEDB; e.g. `pg_ctlcluster 15 main start`, then CREATE ROLE ... LOGIN CREATEDB as postgres)',
    );
    continue;
  }
  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const run = await runChaos(kind, kind === 'postgresql' ? postgresUrl : null);
  rows.push(...rowsFor(label, run));
  details.push(describeRun(label, run));
  log(details.at(-1)!);
}
writeFileSync(
  path.join(root, 'bench/results/chaos.md'),
  `# Chaos benchmark: details\n\n${new Date().toISOString()}\n\n${details.join('\n\n')}\n`,
);
console.log(JSON.stringify({ title: 'Chaos: 300+ checkouts with every fault on, reconciled against Stripe', rows }));
