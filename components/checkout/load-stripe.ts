'use client';

import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';

let stripePromise: Promise<Stripe | null> | null = null;

/**
 * Loads Stripe.js once per page. With a configured script URL (the sandbox's stand-in) that script is
 * added first, so `loadStripe` finds `window.Stripe` and injects nothing; otherwise Stripe.js comes
 * from js.stripe.com as usual.
 */
export function getStripe(publishableKey: string, scriptUrl: string | null): Promise<Stripe | null> {
  stripePromise ??= (async () => {
    if (scriptUrl && !('Stripe' in window)) await addScript(scriptUrl);
    return loadStripe(publishableKey);
  })();
  return stripePromise;
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.appendChild(script);
  });
}
