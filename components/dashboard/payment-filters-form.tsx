import Form from 'next/form';
import Link from 'next/link';
import { PAYMENT_FILTER_STATUSES, type PaymentFilters } from '@/lib/dashboard/payment-filters';

const FIELD = 'mb-1 block text-sm font-medium text-slate-700';

/** The payment list's filters: a GET form, so the filters live in the address and work without JavaScript. */
export function PaymentFiltersForm({ filters }: { filters: PaymentFilters }) {
  return (
    <Form
      action="/dashboard/payments"
      role="search"
      aria-label="Filter payments"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-3">
        <div className="col-span-2 lg:col-span-1">
          <label htmlFor="filter-status" className={FIELD}>
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className="input">
            <option value="">Any status</option>
            {Object.entries(PAYMENT_FILTER_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from" className={FIELD}>
            From (UTC day)
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.from} className="input" />
        </div>
        <div>
          <label htmlFor="filter-to" className={FIELD}>
            To (UTC day)
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.to} className="input" />
        </div>
        <div className="col-span-2 lg:col-span-1">
          <label htmlFor="filter-email" className={FIELD}>
            Customer email
          </label>
          <input
            id="filter-email"
            name="email"
            type="search"
            defaultValue={filters.email}
            placeholder="name@example.com"
            className="input"
          />
        </div>
        <div>
          <label htmlFor="filter-min" className={FIELD}>
            Min amount
          </label>
          <input
            id="filter-min"
            name="min"
            inputMode="decimal"
            defaultValue={filters.minAmount}
            placeholder="0.00"
            aria-describedby="filter-amount-hint"
            className="input"
          />
        </div>
        <div>
          <label htmlFor="filter-max" className={FIELD}>
            Max amount
          </label>
          <input
            id="filter-max"
            name="max"
            inputMode="decimal"
            defaultValue={filters.maxAmount}
            placeholder="Any"
            aria-describedby="filter-amount-hint"
            className="input"
          />
        </div>
      </div>
      <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p id="filter-amount-hint" className="text-xs text-slate-600">
          Amounts are in major units (12.50) and apply to every currency. Dates include both days.
        </p>
        <div className="flex gap-2">
          <Link href="/dashboard/payments" className="btn-secondary">
            Clear
          </Link>
          <button type="submit" className="btn-primary">
            Apply filters
          </button>
        </div>
      </div>
    </Form>
  );
}
