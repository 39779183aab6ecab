'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { CheckoutOptions } from '@/lib/customer-details/checkout-options';
import { needsPostalCode, needsState } from '@/lib/customer-details/postal-codes';

export type CustomerDetailsProps = {
  options: CheckoutOptions;
  askName: boolean;
  /** `[code, name in the customer's language]`, sorted for them. */
  billingCountries: [string, string][];
  shippingCountries: [string, string][];
  defaultCountry: string;
};

const INPUT =
  'block w-full rounded-lg border bg-white px-3 py-2.5 text-[15px] shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 disabled:bg-slate-50';

/** The checkout's own customer fields (name, business name, phone, billing and shipping address); the server validates them again. */
export function CustomerDetailsFields({
  details,
  errors,
}: {
  details: CustomerDetailsProps;
  errors: Record<string, string>;
}) {
  const t = useTranslations('details');
  const { options } = details;
  const field = (name: string, label: string, input: React.ReactNode, errorKey = name) => (
    <div>
      <label htmlFor={name} className="mb-1.5 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {input}
      {errors[errorKey] && (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {t(`errors.${errors[errorKey]}` as 'errors.required')}
        </p>
      )}
    </div>
  );
  const text = (name: string, label: string, autoComplete: string, required: boolean, errorKey = name) =>
    field(
      name,
      label,
      <input
        id={name}
        name={name}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={errors[errorKey] ? true : undefined}
        aria-describedby={errors[errorKey] ? `${name}-error` : undefined}
        className={`${INPUT} ${errors[errorKey] ? 'border-red-500' : 'border-slate-300'}`}
      />,
      errorKey,
    );

  return (
    <div className="space-y-4">
      {details.askName && text('name', t('name'), 'name', true)}
      {options.name_collection?.business?.enabled &&
        text(
          'business_name',
          options.name_collection.business.optional === false ? t('businessName') : t('businessNameOptional'),
          'organization',
          options.name_collection.business.optional === false,
        )}
      {options.phone_number_collection?.enabled &&
        field(
          'phone',
          t('phone'),
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            required
            dir="ltr"
            aria-invalid={errors.phone ? true : undefined}
            aria-describedby={errors.phone ? 'phone-error' : undefined}
            className={`${INPUT} text-start ${errors.phone ? 'border-red-500' : 'border-slate-300'}`}
          />,
        )}
      {options.billing_address_collection === 'required' && (
        <AddressFields
          prefix="billing"
          legend={t('billingAddress')}
          countries={details.billingCountries}
          defaultCountry={details.defaultCountry}
          errors={errors}
          text={text}
        />
      )}
      {options.shipping_address_collection && (
        <AddressFields
          prefix="shipping"
          legend={t('shippingAddress')}
          countries={details.shippingCountries}
          defaultCountry={details.defaultCountry}
          errors={errors}
          text={text}
        />
      )}
    </div>
  );
}

function AddressFields({
  prefix,
  legend,
  countries,
  defaultCountry,
  errors,
  text,
}: {
  prefix: 'billing' | 'shipping';
  legend: string;
  countries: [string, string][];
  defaultCountry: string;
  errors: Record<string, string>;
  text: (name: string, label: string, autoComplete: string, required: boolean, errorKey?: string) => React.ReactNode;
}) {
  const t = useTranslations('details');
  const [country, setCountry] = useState(
    countries.some(([code]) => code === defaultCountry) ? defaultCountry : (countries[0]?.[0] ?? ''),
  );
  const section = prefix === 'shipping' ? 'shipping ' : 'billing ';
  const countryError = errors[`${prefix}.country`];
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{legend}</legend>
      <div>
        <label htmlFor={`${prefix}_country`} className="mb-1.5 block text-sm text-slate-600">
          {t('country')}
        </label>
        <select
          id={`${prefix}_country`}
          name={`${prefix}_country`}
          autoComplete={`${section}country`}
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? `${prefix}_country-error` : undefined}
          className={`${INPUT} ${countryError ? 'border-red-500' : 'border-slate-300'}`}
        >
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        {countryError && (
          <p id={`${prefix}_country-error`} className="mt-1 text-sm text-red-700">
            {t(`errors.${countryError}` as 'errors.required')}
          </p>
        )}
      </div>
      {text(`${prefix}_line1`, t('line1'), `${section}address-line1`, true, `${prefix}.line1`)}
      {text(`${prefix}_line2`, t('line2'), `${section}address-line2`, false, `${prefix}.line2`)}
      <div className="grid gap-3 sm:grid-cols-2">
        {needsPostalCode(country) &&
          text(`${prefix}_postal_code`, t('postalCode'), `${section}postal-code`, true, `${prefix}.postal_code`)}
        {text(`${prefix}_city`, t('city'), `${section}address-level2`, true, `${prefix}.city`)}
      </div>
      {needsState(country) && text(`${prefix}_state`, t('state'), `${section}address-level1`, true, `${prefix}.state`)}
    </fieldset>
  );
}
