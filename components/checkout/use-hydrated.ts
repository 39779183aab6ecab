'use client';

import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/** False in the server's HTML and until React has hydrated: a control rendered disabled until then cannot be pressed to no effect. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
