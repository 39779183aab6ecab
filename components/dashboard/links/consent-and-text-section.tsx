'use client';

import Link from 'next/link';
import type { TCheckoutOptionsForm } from '@/lib/dashboard/links/checkout-options-form';
import { FieldMessage } from '../field-message';
import { ChoiceCards, describedBy, fieldId, FormCard, TextField } from './form-fields';

type Props = {
  value: TCheckoutOptionsForm;
  onChange: (change: Partial<TCheckoutOptionsForm>) => void;
  errorFor: (param: string) => string | null;
  /** The account's terms of service URL, which a consent box links to; null when none is set. */
  termsUrl: string | null;
};

const CONSENT = 'consent_collection.terms_of_service';

const TEXTS = [
  ['submitMessage', 'custom_text.submit.message', 'Above the button', 'Delivery takes 2–3 working days.'],
  [
    'termsMessage',
    'custom_text.terms_of_service_acceptance.message',
    'Consent sentence',
    'I agree to the terms at https://shop.example/terms',
  ],
  ['afterSubmitMessage', 'custom_text.after_submit.message', 'Below the button', 'Questions? help@shop.example'],
] as const;

/** The button's words, the merchant's short texts around it, and the terms-of-service consent box. */
export function ConsentAndTextSection({ value, onChange, errorFor, termsUrl }: Props) {
  const consentError = errorFor(CONSENT);
  return (
    <FormCard
      id="link-text-heading"
      title="Button, texts and consent"
      description="Shown in your words; customers read the button and the consent box in their own language."
    >
      <ChoiceCards
        name="submit_type"
        legend="Button"
        value={value.submitType}
        onChange={(submitType) => onChange({ submitType })}
        choices={[
          { value: 'pay', title: 'Pay', description: '“Pay” and the amount.' },
          { value: 'book', title: 'Book', description: '“Book”, for appointments and tables.' },
          { value: 'donate', title: 'Donate', description: '“Donate” and the amount.' },
        ]}
      />
      <div id={`${fieldId(CONSENT)}-group`}>
        <label className="flex items-start gap-3 text-sm">
          <input
            id={fieldId(CONSENT)}
            type="checkbox"
            className="mt-0.5"
            checked={value.consent}
            onChange={(event) => onChange({ consent: event.target.checked })}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={describedBy(CONSENT, consentError, true)}
          />
          <span>
            <span className="font-medium text-slate-900">Customers must accept your terms of service</span>
            <span className="block text-slate-600">Pay stays disabled until they tick the box.</span>
          </span>
        </label>
        <FieldMessage
          id={fieldId(CONSENT)}
          error={consentError}
          hint={
            termsUrl ? `The box links to ${termsUrl}.` : 'Needs your terms of service URL, which you set in Settings.'
          }
        />
        {!termsUrl && (
          <p className="mt-1 text-sm">
            <Link href="/dashboard/settings" className="font-medium text-brand-700 underline">
              Set your terms URL in Settings
            </Link>
          </p>
        )}
      </div>
      {TEXTS.map(([key, param, label, placeholder]) => (
        <TextField
          key={key}
          param={param}
          label={label}
          optional
          multiline
          value={value[key]}
          onChange={(text) => onChange({ [key]: text })}
          error={errorFor(param) ?? errorFor(param.replace(/\.message$/, ''))}
          hint={
            key === 'termsMessage'
              ? 'Replaces the standard consent sentence. Plain text; https:// addresses become links.'
              : 'Plain text, up to 1200 characters; https:// addresses become links.'
          }
          placeholder={placeholder}
        />
      ))}
    </FormCard>
  );
}
