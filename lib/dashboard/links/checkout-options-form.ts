import { z } from 'zod';
import type { CheckoutOptions } from '@/lib/customer-details/checkout-options';
import type { CustomField } from '@/lib/customer-details/custom-fields-schema';
import type { TApiUpdatePaymentLink } from '@/lib/links/link-schemas';
import { apiError } from '@/lib/merchant-api/api-error';

const text = z.string().max(5000);

const ZCustomFieldForm = z.strictObject({
  key: z.string().max(300),
  label: text,
  type: z.enum(['text', 'numeric', 'dropdown']),
  optional: z.boolean(),
  minLength: z.string().max(20),
  maxLength: z.string().max(20),
  options: z.array(z.strictObject({ label: text, value: z.string().max(300) })).max(500),
  /** Labels per locale set through the API: the form does not show them and keeps them. */
  translations: z.record(z.string().max(10), text),
});

/** What the link form's checkout sections send: each option as typed, blanks for what is not asked. */
export const ZCheckoutOptionsForm = z.strictObject({
  locale: z.string().max(10),
  billingAddress: z.enum(['auto', 'required']),
  phone: z.boolean(),
  businessName: z.enum(['off', 'optional', 'required']),
  shipping: z.boolean(),
  shippingCountries: z.array(z.string().max(10)).max(300),
  customFields: z.array(ZCustomFieldForm).max(10),
  submitMessage: text,
  termsMessage: text,
  afterSubmitMessage: text,
  consent: z.boolean(),
  submitType: z.enum(['pay', 'book', 'donate']),
});

export type TCheckoutOptionsForm = z.infer<typeof ZCheckoutOptionsForm>;
export type TCustomFieldForm = z.infer<typeof ZCustomFieldForm>;

export const EMPTY_CUSTOM_FIELD: TCustomFieldForm = {
  key: '',
  label: '',
  type: 'text',
  optional: false,
  minLength: '',
  maxLength: '',
  options: [],
  translations: {},
};

/** A new link asks for nothing beyond the card: the API's defaults. */
export const EMPTY_CHECKOUT_OPTIONS_FORM: TCheckoutOptionsForm = {
  locale: 'auto',
  billingAddress: 'auto',
  phone: false,
  businessName: 'off',
  shipping: false,
  shippingCountries: [],
  customFields: [],
  submitMessage: '',
  termsMessage: '',
  afterSubmitMessage: '',
  consent: false,
  submitType: 'pay',
};

function length(typed: string, param: string): number | undefined {
  if (!typed.trim()) return undefined;
  if (!/^\d{1,3}$/.test(typed.trim()))
    throw apiError('parameter_invalid', `Invalid ${param}: enter a whole number of characters, like 10.`, param);
  return Number(typed.trim());
}

function customFieldToApi(field: TCustomFieldForm, index: number): CustomField {
  const lengths = (kind: 'text' | 'numeric') => {
    const minimum_length = length(field.minLength, `custom_fields.${index}.${kind}.minimum_length`);
    const maximum_length = length(field.maxLength, `custom_fields.${index}.${kind}.maximum_length`);
    return minimum_length === undefined && maximum_length === undefined
      ? {}
      : {
          [kind]: {
            ...(minimum_length !== undefined && { minimum_length }),
            ...(maximum_length !== undefined && { maximum_length }),
          },
        };
  };
  const translations = Object.keys(field.translations).length > 0 ? { translations: field.translations } : {};
  return {
    key: field.key.trim(),
    label: { type: 'custom', custom: field.label, ...translations },
    type: field.type,
    optional: field.optional,
    ...(field.type === 'dropdown' ? { dropdown: { options: field.options } } : lengths(field.type)),
  } as CustomField;
}

const message = (typed: string) => (typed.trim() ? { message: typed.trim() } : undefined);

/**
 * The API's checkout options for a link from the form. Every option is sent, and one not asked is null, so
 * an edit that turns an option off removes it. Lengths that are not numbers are ApiErrors naming the API
 * parameter; everything else the API itself validates.
 */
export function checkoutOptionsToApi(form: TCheckoutOptionsForm) {
  const customText = {
    submit: message(form.submitMessage),
    terms_of_service_acceptance: message(form.termsMessage),
    after_submit: message(form.afterSubmitMessage),
  };
  const hasText = Object.values(customText).some(Boolean);
  return {
    locale: form.locale as TApiUpdatePaymentLink['locale'],
    billing_address_collection: form.billingAddress,
    phone_number_collection: { enabled: form.phone },
    name_collection:
      form.businessName === 'off' ? null : { business: { enabled: true, optional: form.businessName === 'optional' } },
    shipping_address_collection: form.shipping ? { allowed_countries: form.shippingCountries } : null,
    custom_fields: form.customFields.length > 0 ? form.customFields.map(customFieldToApi) : null,
    custom_text: hasText
      ? (Object.fromEntries(Object.entries(customText).filter(([, value]) => value)) as CheckoutOptions['custom_text'])
      : null,
    consent_collection: form.consent ? { terms_of_service: 'required' as const } : null,
    submit_type: form.submitType,
  } satisfies TApiUpdatePaymentLink;
}

/** A link's stored options (and locale; null is `auto`) as the edit form shows them. */
export function checkoutOptionsToForm(options: CheckoutOptions, locale: string | null): TCheckoutOptionsForm {
  const business = options.name_collection?.business;
  return {
    locale: locale ?? 'auto',
    billingAddress: options.billing_address_collection ?? 'auto',
    phone: options.phone_number_collection?.enabled ?? false,
    businessName: !business?.enabled ? 'off' : business.optional === false ? 'required' : 'optional',
    shipping: options.shipping_address_collection !== undefined,
    shippingCountries: options.shipping_address_collection?.allowed_countries ?? [],
    customFields: (options.custom_fields ?? []).map((field) => {
      const lengths = field.text ?? field.numeric;
      return {
        key: field.key,
        label: field.label.custom,
        type: field.type,
        optional: field.optional ?? false,
        minLength: lengths?.minimum_length === undefined ? '' : String(lengths.minimum_length),
        maxLength: lengths?.maximum_length === undefined ? '' : String(lengths.maximum_length),
        options: field.dropdown?.options ?? [],
        translations: { ...field.label.translations },
      };
    }),
    submitMessage: options.custom_text?.submit?.message ?? '',
    termsMessage: options.custom_text?.terms_of_service_acceptance?.message ?? '',
    afterSubmitMessage: options.custom_text?.after_submit?.message ?? '',
    consent: options.consent_collection?.terms_of_service === 'required',
    submitType: options.submit_type ?? 'pay',
  };
}

/**
 * Dropdown options from the lines a merchant typed, one label per line. An option keeps the value it had
 * when its label is unchanged (so values already stored on payments still mean the same); a new one gets
 * its label's letters and digits, or `option<n>` when that is empty or taken.
 */
export function dropdownOptionsFromLines(lines: string, previous: { label: string; value: string }[]) {
  const known = new Map(previous.map((option) => [option.label, option.value]));
  const taken = new Set<string>();
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((label, index) => {
      const derived = label
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 100);
      let value = known.get(label) ?? derived;
      for (let n = index + 1; !value || taken.has(value); n++) value = `option${n}`;
      taken.add(value);
      return { label, value };
    });
}
