'use client';

import { deactivateCouponAction } from '@/lib/dashboard/actions/deactivate-coupon-action';
import { setPromotionCodeActiveAction } from '@/lib/dashboard/actions/set-promotion-code-active-action';
import type { DiscountsView } from '@/lib/dashboard/discounts/load-discounts';
import { PanelHeader } from '@/components/ui/panel-header';
import { ConfirmDialog } from '../confirm-dialog';
import { EmptyState } from '../empty-state';
import { LocalTime } from '../local-time';
import { Badge } from '../status-badge';
import { CouponForm } from './coupon-form';
import { PromotionCodeForm } from './promotion-code-form';

const ACTIVE = 'bg-emerald-50 text-emerald-800 ring-emerald-600/20';
const ENDED = 'bg-slate-100 text-slate-700 ring-slate-500/20';
const LIST = 'divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white';
const ROW = 'flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-5';

/** Discounts → Coupons: terms, redemptions and status; create and deactivate (for good). */
export function CouponsPanel({ coupons }: { coupons: DiscountsView['coupons'] }) {
  return (
    <section aria-labelledby="coupons-heading" className="space-y-4">
      <PanelHeader
        id="coupons-heading"
        title="Coupons"
        description="What a discount takes off. Customers use a coupon through its promotion codes; the API can also apply one to a checkout directly."
        action={<CouponForm />}
      />
      {coupons.length === 0 ? (
        <EmptyState title="No coupons yet">Create a coupon, then a promotion code customers can type.</EmptyState>
      ) : (
        <ul className={LIST} aria-label="Coupons">
          {coupons.map((coupon) => (
            <li key={coupon.id} className={ROW} data-testid={`coupon-${coupon.id}`}>
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-medium text-slate-900">{coupon.name ?? coupon.terms}</p>
                  <Badge tone={coupon.valid ? ACTIVE : ENDED}>
                    {coupon.deactivated ? 'Deactivated' : coupon.valid ? 'Valid' : 'Expired'}
                  </Badge>
                </div>
                <p className="text-sm text-slate-700">{coupon.terms}</p>
                <p className="text-xs text-slate-600">
                  {coupon.redemptions}
                  {coupon.redeemBy && (
                    <>
                      {' '}
                      · until <LocalTime unix={coupon.redeemBy} />
                    </>
                  )}{' '}
                  · <code>{coupon.id}</code>
                </p>
              </div>
              {!coupon.deactivated && (
                <ConfirmDialog
                  trigger="Deactivate"
                  title={`Deactivate ${coupon.name ?? coupon.terms}?`}
                  confirmLabel="Deactivate coupon"
                  onConfirm={async () => {
                    const result = await deactivateCouponAction({ id: coupon.id });
                    return result.ok ? null : result.error;
                  }}
                >
                  <p>
                    None of its promotion codes will apply any more, and checkouts that show it cannot start a payment
                    with it. Payments already under way finish. This cannot be undone.
                  </p>
                </ConfirmDialog>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Discounts → Promotion codes: what customers type, with limits and use; create, deactivate and reactivate. */
export function PromotionCodesPanel({
  codes,
  coupons,
}: {
  codes: DiscountsView['codes'];
  coupons: DiscountsView['coupons'];
}) {
  const options = coupons
    .filter((coupon) => !coupon.deactivated)
    .map((coupon) => ({ id: coupon.id, label: coupon.name ? `${coupon.name} (${coupon.terms})` : coupon.terms }));
  return (
    <section aria-labelledby="codes-heading" className="space-y-4">
      <PanelHeader
        id="codes-heading"
        title="Promotion codes"
        description="Codes customers type on checkouts that allow promotion codes (allow_promotion_codes). Case does not matter."
        action={<PromotionCodeForm coupons={options} />}
      />
      {codes.length === 0 ? (
        <EmptyState title="No promotion codes yet">
          A code is what customers type to get a coupon’s discount.
        </EmptyState>
      ) : (
        <ul className={LIST} aria-label="Promotion codes">
          {codes.map((code) => (
            <li key={code.id} className={ROW} data-testid={`promotion-code-${code.code}`}>
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-mono font-medium text-slate-900">{code.code}</p>
                  <Badge tone={code.usable ? ACTIVE : ENDED}>
                    {!code.active ? 'Inactive' : code.usable ? 'Active' : 'Not usable'}
                  </Badge>
                  {code.firstTimeOnly && <Badge tone={ENDED}>First order only</Badge>}
                </div>
                <p className="text-sm text-slate-700">{code.coupon}</p>
                <p className="text-xs text-slate-600">
                  {code.redemptions}
                  {code.expiresAt && (
                    <>
                      {' '}
                      · until <LocalTime unix={code.expiresAt} />
                    </>
                  )}
                </p>
              </div>
              <ConfirmDialog
                trigger={code.active ? 'Deactivate' : 'Reactivate'}
                title={`${code.active ? 'Deactivate' : 'Reactivate'} ${code.code}?`}
                confirmLabel={code.active ? 'Deactivate code' : 'Reactivate code'}
                tone={code.active ? 'danger' : 'primary'}
                onConfirm={async () => {
                  const result = await setPromotionCodeActiveAction({ id: code.id, active: !code.active });
                  return result.ok ? null : result.error;
                }}
              >
                <p>
                  {code.active
                    ? 'Customers who type it are told it is not valid; checkouts that applied it cannot start a payment with it.'
                    : 'Customers can use it again, within its limits.'}
                </p>
              </ConfirmDialog>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
