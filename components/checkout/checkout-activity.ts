'use client';

import { useSyncExternalStore } from 'react';

/**
 * What the page is doing now, shared by the payment form and the quantity steppers (separate trees): no
 * quantity changes while a payment is in flight, no Pay while a quantity change is on its way.
 */
type Activity = { paying: boolean; changingQuantity: boolean };

let activity: Activity = { paying: false, changingQuantity: false };
const listeners = new Set<() => void>();
const IDLE: Activity = { paying: false, changingQuantity: false };

export function setCheckoutActivity(change: Partial<Activity>): void {
  const next = { ...activity, ...change };
  if (next.paying === activity.paying && next.changingQuantity === activity.changingQuantity) return;
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
