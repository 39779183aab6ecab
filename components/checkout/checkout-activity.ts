'use client';

import { useSyncExternalStore } from 'react';

/**
 * What the page is doing now, shared by the payment form, the quantity steppers and the promotion code
 * field (separate trees): no quantity or code changes while a payment is in flight, no Pay while a change
 * of the amount is on its way.
 */
type Activity = { paying: boolean; changingQuantity: boolean; changingDiscount: boolean };

let activity: Activity = { paying: false, changingQuantity: false, changingDiscount: false };
const listeners = new Set<() => void>();
const IDLE: Activity = { paying: false, changingQuantity: false, changingDiscount: false };

export function setCheckoutActivity(change: Partial<Activity>): void {
  const next = { ...activity, ...change };
  if (
    next.paying === activity.paying &&
    next.changingQuantity === activity.changingQuantity &&
    next.changingDiscount === activity.changingDiscount
  )
    return;
  activity = next;
  for (const listener of listeners) listener();
}

export function useCheckoutActivity(): Activity {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => activity,
    () => IDLE,
  );
}
