'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { ZChallengeReturnMessage } from '@/lib/embed/challenge-return-message';

type Props = { url: string; paymentId: string; merchantName: string; onDone(returned: boolean): void };

/**
 * The bank's 3-D Secure page (a `redirect_to_url` challenge) in a frame inside Tillpoint's own dialog,
 * so the customer never leaves the checkout frame. The bank sends them to the embed's return page,
 * which tells this frame by `postMessage`; only that page (same origin, this frame, this payment) counts.
 * The bank's frame may not navigate the merchant's page.
 */
export function RedirectChallengeDialog({ url, paymentId, merchantName, onDone }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const t = useTranslations('embed');

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      const message = ZChallengeReturnMessage.safeParse(event.data);
      if (message.success && message.data.payment === paymentId) onDone(true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onDone(false);
    };
    window.addEventListener('message', onMessage);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKeyDown);
      previous?.focus();
    };
  }, [paymentId, onDone]);

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-3 sm:p-4">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="challenge-title"
        tabIndex={-1}
        className="flex max-h-full w-full max-w-[480px] flex-col overflow-hidden rounded-xl bg-white shadow-2xl outline-none"
      >
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 py-3 ps-5 pe-3">
          <div>
            <h2 id="challenge-title" className="text-base font-semibold text-slate-900">
              {t('verifyTitle')}
            </h2>
            <p className="text-xs text-slate-500">{t('verifyBody', { merchant: merchantName })}</p>
          </div>
          <button
            type="button"
            onClick={() => onDone(false)}
            className="rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {t('cancel')}
          </button>
        </div>
        <iframe
          ref={frame}
          src={url}
          title={t('bankFrameTitle')}
          sandbox="allow-forms allow-scripts allow-same-origin allow-popups"
          className="block h-[560px] min-h-0 w-full shrink border-0 bg-white"
        />
      </div>
    </div>
  );
}
