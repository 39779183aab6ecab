'use server';

import { getTranslations } from 'next-intl/server';
import { logger } from '@/lib/observability/logger';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { customerLocale } from '@/lib/checkout/customer-locale';
import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { clientIp } from '@/lib/http/client-ip';
import { limitLinkCheckout } from '../link-rate-limits';
import { localizedLinkRefusal } from '@/lib/sessions/link-refusal-text';
import { parseLinkPrefill } from '../link-prefill';
import { openLinkCheckout, type OpenLinkResult } from '../open-link-checkout';

/** What the link page's form shows after a submission that did not open a checkout. */
export type LinkCheckoutState = { error: string | null; closed: boolean };

/**
 * "Continue to payment" on a link page (a POST; nothing else creates a checkout from a link): opens the
 * customer's own checkout session and sends them to the hosted page. The prefill travels in the form
 * and is validated again here.
 */
export async function openLinkCheckoutAction(_previous: LinkCheckoutState, form: FormData): Promise<LinkCheckoutState> {
  const requestHeaders = await headers();
  const prefill = parseLinkPrefill((name) => form.get(name));
  const locale = customerLocale(prefill.locale ?? null, requestHeaders.get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'link' });
  const limited = await limitLinkCheckout(clientIp(requestHeaders));
  if (limited)
    return {
      error: t('rateLimited', {
        unit: limited.minutes !== null ? 'minutes' : 'seconds',
        minutes: limited.minutes ?? 0,
        seconds: limited.seconds,
      }),
      closed: false,
    };

  let result: OpenLinkResult;
  try {
    result = await openLinkCheckout(db(), {
      slug: String(form.get('slug') ?? ''),
      amount: typeof form.get('amount') === 'string' ? String(form.get('amount')) : undefined,
      prefill,
      publicUrl: appEnv().TILLPOINT_PUBLIC_URL,
      displayLocale: locale,
    });
  } catch (error) {
    logger().error({ err: error instanceof Error ? error.message : String(error) }, 'opening a link checkout failed');
    return { error: t('openFailed'), closed: false };
  }
  switch (result.kind) {
    case 'opened':
      redirect(`/c/${result.sessionId}`);
    case 'not_found':
      return { error: t('notFound'), closed: true };
    case 'closed':
      return { error: localizedLinkRefusal(result.message, t('placesHeld')), closed: true };
    case 'invalid_amount':
      return {
        error: t('amountOutOfRange', {
          min: result.minimum,
          max: result.maximum,
          step: result.step === 10 ? 'tenth' : result.step === 100 ? 'whole' : 'any',
        }),
        closed: false,
      };
  }
}
