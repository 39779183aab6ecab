import type { TCheckoutOptionsForm } from './checkout-options-form';

function customFieldParams(fields: TCheckoutOptionsForm['customFields']): string[] {
  return [
    'custom_fields',
    ...fields.flatMap((field, index) => {
      const kind = field.type === 'numeric' ? 'numeric' : 'text';
      const base = `custom_fields.${index}`;
      return [
        base,
        `${base}.key`,
        `${base}.label`,
        `${base}.label.custom`,
        ...(field.type === 'dropdown'
          ? [`${base}.dropdown`]
          : [`${base}.${kind}.minimum_length`, `${base}.${kind}.maximum_length`]),
      ];
    }),
  ];
}

/** The API parameters of a link's checkout options that the form shows errors beside, given what is enabled. */
export function checkoutOptionParams(checkout: TCheckoutOptionsForm): string[] {
  return [
    'locale',
    'phone_number_collection.enabled',
    'name_collection',
    ...(checkout.shipping ? ['shipping_address_collection.allowed_countries'] : []),
    ...customFieldParams(checkout.customFields),
    'custom_text.submit',
    'custom_text.submit.message',
    'custom_text.terms_of_service_acceptance',
    'custom_text.terms_of_service_acceptance.message',
    'custom_text.after_submit',
    'custom_text.after_submit.message',
    'consent_collection.terms_of_service',
  ];
}
