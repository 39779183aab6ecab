import { z } from 'zod';
import type { PaymentLink } from '@/lib/generated/prisma/client';
import { linkLineItems } from '@/lib/objects/link-line-items';
import type { TApiUpdatePaymentLink } from '@/lib/links/link-schemas';
import { apiError } from '@/lib/merchant-api/api-error';
import { MAX_AMOUNT, minorUnitDigits } from '@/lib/money/currencies';
import { toMinorUnits } from '@/lib/money/to-minor-units';
import { readCheckoutOptions } from '@/lib/customer-details/checkout-options';
import {
  checkoutOptionsToApi,
  checkoutOptionsToForm,
  EMPTY_CHECKOUT_OPTIONS_FORM,
  ZCheckoutOptionsForm,
} from './checkout-options-form';

const text = z.string().max(5000);

/** What the dashboard's link form sends: amounts as typed, in major units; empty strings for blank fields. */
export const ZLinkForm = z.strictObject({
  pricing: z.enum(['fixed', 'custom']),
  lineItems: z
    .array(
      z.strictObject({
        name: text,
        price: z.string().max(40),
        quantity: z.string().max(20),
        /** Whether the customer may change the quantity, and its bounds as typed (blank: the API's defaults). */
        adjustable: z
          .strictObject({ enabled: z.boolean(), minimum: z.string().max(20), maximum: z.string().max(20) })
          .optional(),
      }),
    )
    .max(100),
  customAmount: z.strictObject({
    name: text,
    minimum: z.string().max(40),
    maximum: z.string().max(40),
    preset: z.string().max(40),
  }),
  afterCompletion: z.enum(['hosted_confirmation', 'redirect']),
  confirmationMessage: text,
  redirectUrl: text,
  limit: z.string().max(20),
  threeDSecureUi: z.enum(['modal', 'redirect']),
  inactiveMessage: text,
  checkout: ZCheckoutOptionsForm,
});

export type TLinkForm = z.infer<typeof ZLinkForm>;

/** How an amount is written in the form for `currency`: "45.00", or "4500" for a currency without decimals. */
export function writeMajorUnits(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

function amount(typed: string, currency: string, param: string, required: boolean): number | undefined {
  if (!typed.trim()) {
    if (required) throw apiError('parameter_missing', `Invalid ${param}: enter a price.`, param);
    return undefined;
  }
  const minor = toMinorUnits(typed.replace(/[\s\u00a0]/g, ''), currency);
  if (minor === null) {
    const example = minorUnitDigits(currency) === 0 ? '1200' : writeMajorUnits(1250, currency);
    const decimals =
      minorUnitDigits(currency) === 0 ? 'no decimal places' : `${minorUnitDigits(currency)} decimal places`;
    throw apiError(
      'parameter_invalid',
      `Invalid ${param}: enter an amount like ${example} (${currency.toUpperCase()} has ${decimals}).`,
      param,
    );
  }
  return minor;
}

function wholeNumber(typed: string, param: string, example: string): number {
  if (!/^\d{1,9}$/.test(typed.trim()))
    throw apiError('parameter_invalid', `Invalid ${param}: enter a whole number, like ${example}.`, param);
  return Number(typed.trim());
}

/** An item's `adjustable_quantity` from the form; a blank bound takes the API's default. */
function adjustableToApi(typed: { minimum: string; maximum: string }, index: number) {
  const bound = (name: 'minimum' | 'maximum', example: string) =>
    typed[name].trim()
      ? { [name]: wholeNumber(typed[name], `line_items.${index}.adjustable_quantity.${name}`, example) }
      : {};
  return { enabled: true as const, ...bound('minimum', '1'), ...bound('maximum', '10') };
}

/**
 * The API's fields (`TApiUpdatePaymentLink`, which creation accepts too) from the form: amounts turned into
 * minor units of `currency`, blanks into the API's defaults. A typed value that is not a number is an
 * ApiError naming the API parameter it would fill, so every message lands beside the same field.
 */
export function linkFormToApi(form: TLinkForm, currency: string) {
  const pricing: Pick<TApiUpdatePaymentLink, 'line_items' | 'custom_amount'> =
    form.pricing === 'fixed'
      ? {
          line_items: form.lineItems.map((item, index) => ({
            name: item.name,
            unit_amount: amount(item.price, currency, `line_items.${index}.unit_amount`, true)!,
            quantity: wholeNumber(item.quantity, `line_items.${index}.quantity`, '1'),
            ...(item.adjustable?.enabled && { adjustable_quantity: adjustableToApi(item.adjustable, index) }),
          })),
        }
      : {
          custom_amount: {
            name: form.customAmount.name,
            ...Object.fromEntries(
              (['minimum', 'maximum', 'preset'] as const).flatMap((bound) => {
                const value = amount(form.customAmount[bound], currency, `custom_amount.${bound}`, false);
                return value === undefined ? [] : [[bound, value]];
              }),
            ),
          },
        };
  const confirmation = form.confirmationMessage.trim();
  return {
    ...pricing,
    after_completion:
      form.afterCompletion === 'redirect'
        ? { type: 'redirect' as const, redirect: { url: form.redirectUrl.trim() } }
        : {
            type: 'hosted_confirmation' as const,
            ...(confirmation && { hosted_confirmation: { custom_message: confirmation } }),
          },
    restrictions: form.limit.trim()
      ? { completed_sessions: { limit: wholeNumber(form.limit, 'restrictions.completed_sessions.limit', '100') } }
      : null,
    inactive_message: form.inactiveMessage.trim() || null,
    three_d_secure_ui: form.threeDSecureUi,
    ...checkoutOptionsToApi(form.checkout),
  } satisfies TApiUpdatePaymentLink;
}

/** A new link's form: one empty item, Tillpoint's confirmation page, 3-D Secure in a pop-up, nothing extra asked. */
export const EMPTY_LINK_FORM: TLinkForm = {
  pricing: 'fixed',
  lineItems: [{ name: '', price: '', quantity: '1' }],
  customAmount: { name: '', minimum: '', maximum: '', preset: '' },
  afterCompletion: 'hosted_confirmation',
  confirmationMessage: '',
  redirectUrl: '',
  limit: '',
  threeDSecureUi: 'modal',
  inactiveMessage: '',
  checkout: EMPTY_CHECKOUT_OPTIONS_FORM,
};

/** An existing link as the edit form shows it. */
export function linkToForm(link: PaymentLink): TLinkForm {
  const write = (minor: number | null) => (minor === null ? '' : writeMajorUnits(minor, link.currency));
  const items = linkLineItems(link);
  return {
    pricing: link.customAmountName !== null ? 'custom' : 'fixed',
    lineItems:
      items.length > 0
        ? items.map((item) => ({
            name: item.name,
            price: write(item.unit_amount),
            quantity: String(item.quantity),
            ...(item.adjustable_quantity && {
              adjustable: {
                enabled: true,
                minimum: String(item.adjustable_quantity.minimum),
                maximum: String(item.adjustable_quantity.maximum),
              },
            }),
          }))
        : EMPTY_LINK_FORM.lineItems,
    customAmount: {
      name: link.customAmountName ?? '',
      minimum: write(link.customAmountMin),
      maximum: link.customAmountMax === MAX_AMOUNT ? '' : write(link.customAmountMax),
      preset: write(link.customAmountPreset),
    },
    afterCompletion: link.afterCompletion === 'redirect' ? 'redirect' : 'hosted_confirmation',
    confirmationMessage: link.confirmationMessage ?? '',
    redirectUrl: link.redirectUrl ?? '',
    limit: link.completedLimit === null ? '' : String(link.completedLimit),
    threeDSecureUi: link.threeDSecureUi,
    inactiveMessage: link.inactiveMessage ?? '',
    checkout: checkoutOptionsToForm(readCheckoutOptions(link.checkoutOptions), link.locale),
  };
}
