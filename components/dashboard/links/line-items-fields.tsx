'use client';

import { writeMajorUnits } from '@/lib/dashboard/links/link-form';
import { formatAmount } from '@/lib/money/format-amount';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { FieldMessage } from '../field-message';
import { AdjustableQuantityFields, type AdjustableRow } from './adjustable-quantity-fields';
import { fieldId, TextField } from './form-fields';

export type ItemRow = { key: number; name: string; price: string; quantity: string; adjustable?: AdjustableRow };

type Props = {
  rows: ItemRow[];
  currency: string;
  max: number;
  errorFor: (param: string) => string | null;
  onChange: (key: number, change: Partial<ItemRow>) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
};

/** The fixed-price items: a row per item (name, price in major units, quantity), added and removed freely. */
export function LineItemsFields({ rows, currency, max, errorFor, onChange, onAdd, onRemove }: Props) {
  const code = currency.toUpperCase();
  const amounts = rows.map((row) => {
    const unit = toMinorUnits(row.price.replace(/[\s\u00a0]/g, ''), currency);
    const quantity = /^\d{1,3}$/.test(row.quantity.trim()) ? Number(row.quantity) : null;
    return unit === null || quantity === null ? null : unit * quantity;
  });
  const total = amounts.every((amount) => amount !== null)
    ? amounts.reduce<number>((sum, amount) => sum + amount!, 0)
    : null;
  const groupError = errorFor('line_items');

  return (
    <fieldset
      id={`${fieldId('line_items')}-group`}
      aria-describedby={groupError ? `${fieldId('line_items')}-error` : undefined}
      className="min-w-0"
    >
      <legend className="mb-2 text-sm font-medium text-slate-700">Items</legend>
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const param = (field: string) => `line_items.${index}.${field}`;
          const labelClass = index > 0 ? 'sm:sr-only' : '';
          const which = <span className="sr-only"> of item {index + 1}</span>;
          return (
            <li
              key={row.key}
              className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-[minmax(0,1fr)_10rem_5.5rem_6.5rem] sm:border-0 sm:p-0"
            >
              <TextField
                className="col-span-2 sm:col-span-1"
                param={param('name')}
                label={<>Name{which}</>}
                labelClassName={labelClass}
                value={row.name}
                onChange={(name) => onChange(row.key, { name })}
                error={errorFor(param('name'))}
                placeholder="Walnut desk lamp"
              />
              <TextField
                param={param('unit_amount')}
                label={
                  <>
                    Price ({code}){which}
                  </>
                }
                labelClassName={labelClass}
                value={row.price}
                onChange={(price) => onChange(row.key, { price })}
                error={errorFor(param('unit_amount'))}
                inputMode="decimal"
                autoComplete="off"
                placeholder={writeMajorUnits(4500, currency)}
              />
              <TextField
                param={param('quantity')}
                label={<>Quantity{which}</>}
                labelClassName={labelClass}
                value={row.quantity}
                onChange={(quantity) => onChange(row.key, { quantity })}
                error={errorFor(param('quantity'))}
                inputMode="numeric"
                autoComplete="off"
              />
              <div
                className={`col-span-2 flex justify-end sm:col-span-1 sm:block ${index === 0 ? 'sm:pt-[1.625rem]' : ''}`}
              >
                {rows.length > 1 && (
                  <button
                    type="button"
                    className="btn-secondary sm:w-full"
                    aria-label={`Remove item ${index + 1}${row.name.trim() ? ` (${row.name.trim()})` : ''}`}
                    onClick={() => onRemove(row.key)}
                  >
                    Remove
                  </button>
                )}
              </div>
              <AdjustableQuantityFields
                index={index}
                value={row.adjustable}
                errorFor={errorFor}
                onChange={(adjustable) => onChange(row.key, { adjustable })}
              />
            </li>
          );
        })}
      </ol>
      <FieldMessage id={fieldId('line_items')} error={groupError} />
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <button type="button" className="btn-secondary" onClick={onAdd} disabled={rows.length >= max}>
          Add item
        </button>
        <p className="text-sm text-slate-700" aria-live="polite">
          Total{' '}
          <span className="font-semibold tabular-nums text-slate-900">
            {total === null ? '—' : formatAmount(total, currency)}
          </span>
        </p>
      </div>
    </fieldset>
  );
}
