'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { CustomerDetailsProps } from '@/lib/customer-details/customer-details-view';
import { needsPostalCode, needsState } from '@/lib/customer-details/postal-codes';
import { LinkedText } from './linked-text';

const INPUT =
  'block w-full rounded-lg border bg-white px-3 py-2.5 text-[15px] shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 disabled:bg-slate-50';

/** The checkout's own customer fields (name, business name, phone, billing and shipping address); the server validates them again. */
export function CustomerDetailsFields({
  details,
  errors,
  onConsent,
}: {
  details: CustomerDetailsProps;
  errors: Record<string, string>;
  onConsent(accepted: boolean): void;
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
        defaultValue={details.prefill[name]}
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
            defaultValue={details.prefill.phone}
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
          defaultCountry={details.prefill.billing_country ?? details.defaultCountry}
          errors={errors}
          text={text}
        />
      )}
      {options.shipping_address_collection && (
        <AddressFields
          prefix="shipping"
          legend={t('shippingAddress')}
          countries={details.shippingCountries}
          defaultCountry={details.prefill.shipping_country ?? details.defaultCountry}
          errors={errors}
          text={text}
        />
      )}
      {details.customFields.map((custom) => {
        const name = `custom_${custom.key}`;
        const errorKey = `custom_fields.${custom.key}`;
        const label = custom.optional ? t('optionalLabel', { label: custom.label }) : custom.label;
        const describedBy = errors[errorKey] ? `${name}-error` : undefined;
        const className = `${INPUT} ${errors[errorKey] ? 'border-red-500' : 'border-slate-300'}`;
        return field(
          name,
          label,
          custom.type === 'dropdown' ? (
            <select
              id={name}
              name={name}
              required={!custom.optional}
              defaultValue={details.prefill[name] ?? ''}
              aria-invalid={errors[errorKey] ? true : undefined}
              aria-describedby={describedBy}
              className={className}
            >
              <option value="">{t('chooseOption')}</option>
              {custom.options.map(([value, optionLabel]) => (
                <option key={value} value={value}>
                  {optionLabel}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={name}
              name={name}
              required={!custom.optional}
              inputMode={custom.type === 'numeric' ? 'numeric' : undefined}
              defaultValue={details.prefill[name]}
              minLength={custom.minLength}
              maxLength={custom.maxLength ?? 255}
              aria-invalid={errors[errorKey] ? true : undefined}
              aria-describedby={describedBy}
              className={className}
            />
          ),
          errorKey,
        );
      })}
      {details.termsUrl && (
        <div>
          <div className="flex items-start gap-2.5">
            <input
              id="consent_terms"
              name="consent_terms"
              type="checkbox"
              value="accepted"
              required
              onChange={(event) => onConsent(event.target.checked)}
              aria-invalid={errors.consent_terms ? true : undefined}
              aria-describedby={errors.consent_terms ? 'consent_terms-error' : undefined}
              className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400 accent-brand-600"
            />
            <label htmlFor="consent_terms" className="text-sm text-slate-700">
              {options.custom_text?.terms_of_service_acceptance ? (
                <LinkedText text={options.custom_text.terms_of_service_acceptance.message} />
              ) : (
                t.rich('consent', {
                  terms: (chunks) => (
                    <a
                      href={details.termsUrl!}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="text-brand-700 underline"
                    >
                      {chunks}
                    </a>
                  ),
                })
              )}
            </label>
          </div>
          {errors.consent_terms && (
            <p id="consent_terms-error" className="mt-1 text-sm text-red-700">
              {t('errors.consentRequired')}
            </p>
          )}
        </div>
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
