import { formatAmount } from '@/lib/money/format-amount';

const DAY_LABEL = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
const label = (day: string) => DAY_LABEL.format(new Date(`${day}T00:00:00Z`));

/** The top of the axis: the largest value rounded up to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
function axisTop(max: number): number {
  if (max <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * power >= max)!;
  return step * power;
}

/**
 * Daily succeeded volume of one currency as bars (a plain SVG, no chart library). The SVG is an image
 * with a summary for screen readers; the exact numbers are in a table right under it.
 */
export function VolumeChart({ days, amounts, currency }: { days: string[]; amounts: number[]; currency: string }) {
  const highest = Math.max(...amounts, 0);
  const max = axisTop(highest);
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  const best = amounts.indexOf(highest);
  const money = (amount: number) => formatAmount(amount, currency);
  const summary =
    total === 0
      ? `No succeeded payments in ${currency.toUpperCase()} from ${label(days[0]!)} to ${label(days.at(-1)!)}.`
      : `Succeeded volume per UTC day in ${currency.toUpperCase()} from ${label(days[0]!)} to ${label(days.at(-1)!)}: ${money(total)} in all; the highest day was ${label(days[best]!)} with ${money(highest)}.`;
  const slot = 100 / days.length;
  const ticks = max > 0 ? [max, max / 2, 0] : [0];
  return (
    <figure>
      <div className="flex gap-3">
        <div aria-hidden="true" className="relative w-16 shrink-0 text-right text-xs text-slate-500 sm:w-20">
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute right-0 -translate-y-1/2 whitespace-nowrap"
              style={{ top: `${100 - (max ? (tick / max) * 100 : 0)}%` }}
            >
              {money(Math.round(tick))}
            </span>
          ))}
        </div>
        <div className="relative h-48 min-w-0 flex-1 sm:h-56">
          <svg
            role="img"
            aria-label={summary}
            viewBox="0 0 100 100"
            preserveAspectRatio="none"
            className="absolute inset-0 h-full w-full overflow-visible"
          >
            {ticks.map((tick) => {
              const y = 100 - (max ? (tick / max) * 100 : 0);
              return (
                <line
                  key={tick}
                  x1="0"
                  x2="100"
                  y1={y}
                  y2={y}
                  stroke="#e2e8f0"
                  strokeWidth="1"
                  vectorEffect="non-scaling-stroke"
                />
              );
            })}
            {amounts.map((amount, index) => {
              const height = max ? Math.max((amount / max) * 100, amount > 0 ? 1.5 : 0) : 0;
              return (
                <rect
                  key={days[index]}
                  x={index * slot + slot * 0.15}
                  width={slot * 0.7}
                  y={100 - height}
                  height={height}
                  rx="0.4"
                  className={index === days.length - 1 ? 'fill-brand-700' : 'fill-brand-500'}
                >
                  <title>{`${label(days[index]!)}: ${money(amount)}`}</title>
                </rect>
              );
            })}
          </svg>
        </div>
      </div>
      <div aria-hidden="true" className="mt-2 flex justify-between pl-[4.75rem] text-xs text-slate-500 sm:pl-[5.75rem]">
        <span>{label(days[0]!)}</span>
        <span>{label(days[Math.floor(days.length / 2)]!)}</span>
        <span>Today</span>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 hover:underline">
          Show the numbers as a table
        </summary>
        <div
          role="region"
          aria-label={`Daily volume in ${currency.toUpperCase()}`}
          tabIndex={0}
          className="mt-3 max-h-80 overflow-y-auto rounded-lg border border-slate-200"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Succeeded volume per UTC day in {currency.toUpperCase()}, oldest first
            </caption>
            <thead className="sticky top-0 bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Day (UTC)
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Volume
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {days.map((day, index) => (
                <tr key={day}>
                  <th scope="row" className="px-3 py-1.5 font-normal text-slate-700">
                    <time dateTime={day}>{label(day)}</time>
                  </th>
                  <td className="px-3 py-1.5 text-right tabular-nums text-slate-900">{money(amounts[index]!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
