'use client';

import { useState } from 'react';
import { createPromotionCodeAction } from '@/lib/dashboard/actions/create-promotion-code-action';
import { CancelButton, DialogActions, PendingButton } from '@/components/ui/buttons';
import { FieldLabel } from '@/components/ui/field-label';
import { FormAlert } from '@/components/ui/form-alert';
import { Modal } from '../modal';

type CouponOption = { id: string; label: string };

/** "Create promotion code": the text customers type for one of the coupons, with its own limits. */
export function PromotionCodeForm({ coupons }: { coupons: CouponOption[] }) {
  const empty = {
    coupon: coupons[0]?.id ?? '',
    code: '',
    maxRedemptions: '',
    expiresAt: '',
    firstTimeOnly: false,
    minimum: '',
    minimumCurrency: 'usd',
  };
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(empty);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (field: keyof typeof empty) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm({ ...form, [field]: event.target.value });

  function close() {
    setOpen(false);
    setForm(empty);
    setError(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await createPromotionCodeAction(form);
    setPending(false);
    if (!result.ok) return setError(result.error);
    close();
  }

  return (
    <>
      <button
        type="button"
        className="btn-primary shrink-0"
        disabled={coupons.length === 0}
        title={coupons.length === 0 ? 'Create a coupon first' : undefined}
        onClick={() => setOpen(true)}
      >
        Create promotion code
      </button>
      <Modal open={open} onClose={close} title="Create a promotion code">
        <form onSubmit={submit} className="space-y-4" aria-busy={pending} noValidate>
          <div>
            <FieldLabel htmlFor="code-coupon">Coupon</FieldLabel>
            <select id="code-coupon" className="input" value={form.coupon} onChange={set('coupon')}>
              {coupons.map((coupon) => (
                <option key={coupon.id} value={coupon.id}>
                  {coupon.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <FieldLabel htmlFor="code-text" optional>
              Code customers type
            </FieldLabel>
            <input
              id="code-text"
              className="input uppercase"
              value={form.code}
              onChange={set('code')}
              placeholder="SPRING25"
              aria-describedby="code-text-hint"
            />
            <p id="code-text-hint" className="mt-1.5 text-sm text-slate-600">
              3 to 40 letters, digits, - or _; case does not matter. Empty: 8 random characters.
            </p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <FieldLabel htmlFor="code-max" optional>
                Maximum redemptions
              </FieldLabel>
              <input
                id="code-max"
                className="input"
                inputMode="numeric"
                value={form.maxRedemptions}
                onChange={set('maxRedemptions')}
              />
            </div>
            <div>
              <FieldLabel htmlFor="code-expires" optional>
                Last day (UTC)
              </FieldLabel>
              <input
                id="code-expires"
                type="date"
                className="input"
                value={form.expiresAt}
                onChange={set('expiresAt')}
              />
            </div>
            <div>
              <FieldLabel htmlFor="code-minimum" optional>
                Minimum order
              </FieldLabel>
              <input
                id="code-minimum"
                className="input"
                inputMode="decimal"
                value={form.minimum}
                onChange={set('minimum')}
                placeholder="50.00"
              />
            </div>
            <div>
              <FieldLabel htmlFor="code-minimum-currency">Currency of the minimum</FieldLabel>
              <input
                id="code-minimum-currency"
                className="input uppercase"
                maxLength={3}
                value={form.minimumCurrency}
                onChange={set('minimumCurrency')}
              />
            </div>
          </div>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={form.firstTimeOnly}
              onChange={(event) => setForm({ ...form, firstTimeOnly: event.target.checked })}
            />
            Only for customers’ first order (by email)
          </label>
          {error && <FormAlert>{error}</FormAlert>}
          <DialogActions>
            <CancelButton onClick={close} pending={pending} />
            <PendingButton pending={pending}>{pending ? 'Creating…' : 'Create code'}</PendingButton>
          </DialogActions>
        </form>
      </Modal>
    </>
  );
}
