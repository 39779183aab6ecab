'use client';

import { useEffect } from 'react';
import { challengeReturnMessage } from '@/lib/embed/challenge-return-message';

/**
 * On the embed's 3-D Secure return page: tells the checkout frame (this page's parent, same origin)
 * that the bank sent the customer back. Opened anywhere else (the bank broke out of its frame), it
 * goes on to the hosted status page, which confirms and waits for the payment the same way.
 */
export function ChallengeReturnNotifier({ paymentId }: { paymentId: string }) {
  useEffect(() => {
    if (window.parent !== window) window.parent.postMessage(challengeReturnMessage(paymentId), window.location.origin);
    else window.location.replace(`/return?payment=${encodeURIComponent(paymentId)}`);
  }, [paymentId]);
  return null;
}
