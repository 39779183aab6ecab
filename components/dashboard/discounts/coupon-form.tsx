'use client';

import { useState } from 'react';
import { createCouponAction } from '@/lib/dashboard/actions/create-coupon-action';
import { CancelButton, DialogActions, PendingButton } from '@/components/ui/buttons';
import { FieldLabel } from '@/components/ui/field-label';
import { FormAlert } from '@/components/ui/form-alert';
import { Modal } from '../modal';

const EMPTY = {
  name: '',
  kind: 'percent' as 'percent' | 'amount',
  value: '',
  currency: 'usd',
  maxRedemptions: '',
  redeemBy: '',
};

/** "Create coupon": percent or amount off, an optional limit and last day; the server checks it as the API does. */
export function CouponForm() {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(EMPTY);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (field: keyof typeof EMPTY) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm({ ...form, [field]: event.target.value });

  function close() {
    setOpen(false);
    setForm(EMPTY);
    setError(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await createCouponAction(form);
    setPending(false);
    if (!result.ok) return setError(result.error);
    close();
  }

  return (
    <>
      <button type="button" className="btn-primary shrink-0" onClick={() => setOpen(true)}>
        Create coupon
      </button>
      <Modal open={open} onClose={close} title="Create a coupon">
        <form onSubmit={submit} className="space-y-4" aria-busy={pending} noValidate>
          <div>
            <FieldLabel htmlFor="coupon-name" optional>
              Name shown to customers
            </FieldLabel>
            <input
              id="coupon-name"
              className="input"
              value={form.name}
              onChange={set('name')}
              placeholder="Spring sale"
            />
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">Discount</legend>
            <div className="flex gap-4 text-sm">
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="coupon-kind"
                  value="percent"
                  checked={form.kind === 'percent'}
                  onChange={set('kind')}
                />
                Percentage
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="coupon-kind"
                  value="amount"
                  checked={form.kind === 'amount'}
                  onChange={set('kind')}
                />
                Fixed amount
              </label>
            </div>
            <div className="flex gap-2">
              <div className="flex-1">
                <FieldLabel htmlFor="coupon-value">{form.kind === 'percent' ? 'Percent off' : 'Amount off'}</FieldLabel>
                <input
                  id="coupon-value"
                  className="input"
                  inputMode="decimal"
                  value={form.value}
                  onChange={set('value')}
                  placeholder={form.kind === 'percent' ? '25' : '5.00'}
                />
              </div>
              {form.kind === 'amount' && (
                <div className="w-28">
                  <FieldLabel htmlFor="coupon-currency">Currency</FieldLabel>
                  <input
                    id="coupon-currency"
                    className="input uppercase"
                    maxLength={3}
                    value={form.currency}
                    onChange={set('currency')}
                  />
                </div>
              )}
            </div>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <FieldLabel htmlFor="coupon-max" optional>
                Maximum redemptions
              </FieldLabel>
              <input
                id="coupon-max"
                className="input"
                inputMode="numeric"
                value={form.maxRedemptions}
                onChange={set('maxRedemptions')}
              />
            </div>
            <div>
              <FieldLabel htmlFor="coupon-redeem-by" optional>
                Last day (UTC)
              </FieldLabel>
              <input
                id="coupon-redeem-by"
                type="date"
                className="input"
                value={form.redeemBy}
                onChange={set('redeemBy')}
              />
            </div>
          </div>
          {error && <FormAlert>{error}</FormAlert>}
          <DialogActions>
            <CancelButton onClick={close} pending={pending} />
            <PendingButton pending={pending}>{pending ? 'Creating…' : 'Create coupon'}</PendingButton>
          </DialogActions>
        </form>
      </Modal>
    </>
  );
}
