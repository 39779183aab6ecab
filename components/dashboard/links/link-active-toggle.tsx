'use client';

import { useRouter } from 'next/navigation';
import { setPaymentLinkActiveAction } from '@/lib/dashboard/actions/set-payment-link-active-action';
import { ConfirmDialog } from '../confirm-dialog';

type Props = { linkId: string; active: boolean; inactiveMessage: string; limitReached: boolean };

/** Deactivate (the link page then shows the inactive message) or reactivate a link, each confirmed first. */
export function LinkActiveToggle({ linkId, active, inactiveMessage, limitReached }: Props) {
  const router = useRouter();
  const change = (next: boolean) => async () => {
    const result = await setPaymentLinkActiveAction({ id: linkId, active: next });
    if (!result.ok) return result.error;
    router.refresh();
    return null;
  };

  return active ? (
    <ConfirmDialog
      trigger="Deactivate"
      title="Deactivate this payment link?"
      confirmLabel="Deactivate link"
      onConfirm={change(false)}
    >
      <p>Customers who open it see this message instead of the checkout:</p>
      <blockquote className="whitespace-pre-line rounded-lg border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-slate-800">
        {inactiveMessage}
      </blockquote>
      <p>
        Checkouts already opened from it can no longer be paid; payments already under way may still complete. You can
        reactivate the link at any time.
      </p>
    </ConfirmDialog>
  ) : (
    <ConfirmDialog
      trigger="Reactivate"
      title="Reactivate this payment link?"
      confirmLabel="Reactivate link"
      tone="primary"
      onConfirm={change(true)}
    >
      <p>Customers can pay through the link again, at the same address.</p>
      {limitReached && (
        <p className="font-medium text-amber-800">
          Its limit of completed payments is reached, so it stays closed until you raise or remove the limit (Edit).
        </p>
      )}
    </ConfirmDialog>
  );
}
