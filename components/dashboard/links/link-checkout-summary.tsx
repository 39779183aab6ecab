import type { PaymentLink } from '@/lib/generated/prisma/client';
import { readCheckoutOptions } from '@/lib/customer-details/checkout-options';
import { DetailList, Section } from '../section';

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
const TYPES = { text: 'text', numeric: 'digits only', dropdown: 'choice from a list' } as const;

/** What a link's checkout asks the customer, besides card and email, as the link form set it. */
export function LinkCheckoutSummary({ link }: { link: PaymentLink }) {
  const options = readCheckoutOptions(link.checkoutOptions);
  const business = options.name_collection?.business;
  const texts = [
    ['Above the button', options.custom_text?.submit?.message],
    ['Consent sentence', options.custom_text?.terms_of_service_acceptance?.message],
    ['Below the button', options.custom_text?.after_submit?.message],
  ] as const;
  return (
    <Section id="checkout" title="Checkout" description="What customers are asked besides their card and email.">
      <DetailList
        stacked
        items={[
          {
            label: 'Language',
            value: link.locale ? `${languageName.of(link.locale) ?? link.locale} (${link.locale})` : 'Automatic',
          },
          {
            label: 'Billing address',
            value: options.billing_address_collection === 'required' ? 'Full address' : 'Only what the card needs',
          },
          { label: 'Phone number', value: options.phone_number_collection?.enabled ? 'Asked' : 'Not asked' },
          {
            label: 'Business name',
            value: !business?.enabled ? 'Not asked' : business.optional === false ? 'Required' : 'Optional',
          },
          {
            label: 'Shipping address',
            value: options.shipping_address_collection
              ? `To ${options.shipping_address_collection.allowed_countries.join(', ')}`
              : 'Not asked',
          },
          {
            label: 'Custom fields',
            value: options.custom_fields?.length ? (
              <ul className="space-y-0.5">
                {options.custom_fields.map((field) => (
                  <li key={field.key} className="break-words">
                    {field.label.custom}{' '}
                    <span className="text-slate-600">
                      ({field.key}, {TYPES[field.type]}
                      {field.optional ? ', optional' : ''})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              'None'
            ),
          },
          {
            label: 'Terms of service',
            value: options.consent_collection?.terms_of_service === 'required' ? 'Must be accepted' : 'Not asked',
          },
          {
            label: 'Button',
            value: { pay: 'Pay', book: 'Book', donate: 'Donate' }[options.submit_type ?? 'pay'],
          },
          ...texts
            .filter(([, text]) => text)
            .map(([label, text]) => ({ label, value: <span className="whitespace-pre-line">{text}</span> })),
        ]}
      />
    </Section>
  );
}
