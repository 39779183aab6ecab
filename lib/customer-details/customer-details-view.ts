import type { CheckoutOptions } from './checkout-options';

/** A custom field as the customer sees it: its label in their language, dropdown options as `[value, label]`. */
export type CustomFieldView = {
  key: string;
  label: string;
  type: 'text' | 'numeric' | 'dropdown';
  optional: boolean;
  minLength?: number;
  maxLength?: number;
  options: [string, string][];
};

export type CustomerDetailsProps = {
  options: CheckoutOptions;
  customFields: CustomFieldView[];
  /** The account's terms of service, when the session asks for consent to them. */
  termsUrl: string | null;
  askName: boolean;
  /** `[code, name in the customer's language]`, sorted for them. */
  billingCountries: [string, string][];
  shippingCountries: [string, string][];
  defaultCountry: string;
  /** Values to fill the fields with, by field name (details the customer gave on the checkout this one recovers). */
  prefill: Record<string, string>;
};
