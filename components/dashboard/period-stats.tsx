import { formatAmount } from '@/lib/money/format-amount';
import type { PeriodStats } from '@/lib/dashboard/load-overview';
import { StatCard } from './stat-card';

const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const percent = (rate: number | null) => (rate === null ? '—' : PERCENT.format(rate));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The four numbers of one period (today, or the last 30 days). Volumes stay per currency. */
export function PeriodStatsCards({
  id,
  title,
  note,
  stats,
}: {
  id: string;
  title: string;
  note: string;
  stats: PeriodStats;
}) {
  const [main, ...others] = stats.volumes;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-600">· {note}</span>
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard
          label="Gross volume"
          value={main ? formatAmount(main.amount, main.currency) : '—'}
          detail={main ? `${plural(main.count, 'payment')} in ${main.currency.toUpperCase()}` : 'No succeeded payments'}
        >
          {others.length > 0 && (
            <span className="mt-1 block text-xs text-slate-600">
              Also{' '}
              {others
                .slice(0, 2)
                .map((v) => formatAmount(v.amount, v.currency))
                .join(', ')}
              {others.length > 2 && ` and ${others.length - 2} more ${others.length === 3 ? 'currency' : 'currencies'}`}
            </span>
          )}
        </StatCard>
        <StatCard
          label="Succeeded payments"
          value={stats.succeeded}
          detail={`of ${plural(stats.attempted, 'attempted payment')}`}
        />
        <StatCard
          label="Success rate"
          value={percent(stats.successRate)}
          detail={`${stats.succeeded} of ${plural(stats.withOutcome, 'payment')} with an outcome`}
        />
        <StatCard
          label="3-D Secure challenge rate"
          value={percent(stats.challengeRate)}
          detail={`${stats.challenged} of ${plural(stats.attempted, 'attempted payment')}`}
        />
      </dl>
    </section>
  );
}
