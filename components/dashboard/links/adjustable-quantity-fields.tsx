'use client';

import { TextField } from './form-fields';

/** As the link form holds an item's adjustable quantity: a switch and the bounds as typed (blank: Stripe's defaults). */
export type AdjustableRow = { enabled: boolean; minimum: string; maximum: string };

/** The fields of an item (under `line_items.<index>.`) whose API errors show here. */
export const ADJUSTABLE_QUANTITY_FIELDS = ['adjustable_quantity.minimum', 'adjustable_quantity.maximum'];

const FIXED_QUANTITY: AdjustableRow = { enabled: false, minimum: '', maximum: '' };

type Props = {
  index: number;
  value: AdjustableRow | undefined;
  errorFor: (param: string) => string | null;
  onChange: (value: AdjustableRow) => void;
};

/** Whether customers may change an item's quantity on the checkout page, and within which bounds. */
export function AdjustableQuantityFields({ index, value = FIXED_QUANTITY, errorFor, onChange }: Props) {
  const param = (field: string) => `line_items.${index}.adjustable_quantity.${field}`;
  const id = `link-line-items-${index}-adjustable-quantity`;
  return (
    <div className="col-span-2 space-y-2 sm:col-span-4">
      <label htmlFor={id} className="inline-flex items-center gap-2 text-sm text-slate-700">
        <input
          id={id}
          type="checkbox"
          checked={value.enabled}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked })}
        />
        Customers choose how many<span className="sr-only"> for item {index + 1}</span>
      </label>
      {value.enabled && (
        <div className="grid max-w-xs grid-cols-2 gap-3">
          <TextField
            param={param('minimum')}
            label={
              <>
                Minimum<span className="sr-only"> for item {index + 1}</span>
              </>
            }
            value={value.minimum}
            onChange={(minimum) => onChange({ ...value, minimum })}
            error={errorFor(param('minimum'))}
            inputMode="numeric"
            autoComplete="off"
            placeholder="0"
          />
          <TextField
            param={param('maximum')}
            label={
              <>
                Maximum<span className="sr-only"> for item {index + 1}</span>
              </>
            }
            value={value.maximum}
            onChange={(maximum) => onChange({ ...value, maximum })}
            error={errorFor(param('maximum'))}
            inputMode="numeric"
            autoComplete="off"
            placeholder="99"
          />
        </div>
      )}
    </div>
  );
}
