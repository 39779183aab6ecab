'use client';

import type { TCheckoutOptionsForm } from '@/lib/dashboard/links/checkout-options-form';
import { LOCALES } from '@/lib/i18n/locales';
import { FieldLabel } from '@/components/ui/field-label';
import { FieldMessage } from '../field-message';
import { CountryPicker } from './country-picker';
import { ChoiceCards, describedBy, fieldId, FormCard } from './form-fields';

type Props = {
  value: TCheckoutOptionsForm;
  onChange: (change: Partial<TCheckoutOptionsForm>) => void;
  errorFor: (param: string) => string | null;
  countries: [string, string][];
};

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

function Select({
  param,
  label,
  hint,
  value,
  options,
  onChange,
  error,
}: {
  param: string;
  label: string;
  hint: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <div className="max-w-sm">
      <FieldLabel htmlFor={fieldId(param)}>{label}</FieldLabel>
      <select
        id={fieldId(param)}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(param, error, true)}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
      <FieldMessage id={fieldId(param)} error={error} hint={hint} />
    </div>
  );
}

/** The link's language and what its checkout asks about the customer: billing address, phone, business name, shipping. */
export function CustomerDetailsSection({ value, onChange, errorFor, countries }: Props) {
  const phoneParam = 'phone_number_collection.enabled';
  return (
    <FormCard
      id="link-customer-heading"
      title="Language and customer details"
      description="The checkout’s language, and what customers tell you besides their card and email."
    >
      <Select
        param="locale"
        label="Language of the checkout"
        hint="Automatic follows the customer’s browser; a fixed language suits a shop in one country."
        value={value.locale}
        options={[
          ['auto', 'Automatic (the customer’s browser)'],
          ...LOCALES.map((locale): [string, string] => [locale, `${languageName.of(locale) ?? locale} (${locale})`]),
        ]}
        onChange={(locale) => onChange({ locale })}
        error={errorFor('locale')}
      />
      <ChoiceCards
        name="billing_address_collection"
        legend="Billing address"
        value={value.billingAddress}
        onChange={(billingAddress) => onChange({ billingAddress })}
        choices={[
          { value: 'auto', title: 'Only what the card needs', description: 'Name and country at most.' },
          { value: 'required', title: 'Full billing address', description: 'Street, city, postal code, country.' },
        ]}
      />
      <div>
        <label className="flex items-start gap-3 text-sm">
          <input
            id={fieldId(phoneParam)}
            type="checkbox"
            className="mt-0.5"
            checked={value.phone}
            onChange={(event) => onChange({ phone: event.target.checked })}
            aria-describedby={describedBy(phoneParam, errorFor(phoneParam), true)}
          />
          <span className="font-medium text-slate-900">Ask for a phone number</span>
        </label>
        <FieldMessage
          id={fieldId(phoneParam)}
          error={errorFor(phoneParam)}
          hint="Checked and stored in international format (+4930123456)."
        />
      </div>
      <Select
        param="name_collection"
        label="Business name"
        hint="For invoices and VAT. The customer’s own name is asked whenever an address, phone or business name is."
        value={value.businessName}
        options={[
          ['off', 'Do not ask'],
          ['optional', 'Ask, optional'],
          ['required', 'Ask, required'],
        ]}
        onChange={(businessName) => onChange({ businessName: businessName as TCheckoutOptionsForm['businessName'] })}
        error={errorFor('name_collection')}
      />
      <div className="space-y-3">
        <label className="flex items-start gap-3 text-sm">
          <input
            id={fieldId('shipping_address_collection')}
            type="checkbox"
            className="mt-0.5"
            checked={value.shipping}
            onChange={(event) => onChange({ shipping: event.target.checked })}
          />
          <span>
            <span className="font-medium text-slate-900">Ask for a shipping address</span>
            <span className="block text-slate-600">Only in the countries you choose.</span>
          </span>
        </label>
        {value.shipping && (
          <CountryPicker
            param="shipping_address_collection.allowed_countries"
            countries={countries}
            selected={value.shippingCountries}
            onChange={(shippingCountries) => onChange({ shippingCountries })}
            error={errorFor('shipping_address_collection.allowed_countries')}
          />
        )}
      </div>
    </FormCard>
  );
}
