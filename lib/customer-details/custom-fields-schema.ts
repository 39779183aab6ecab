import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/locales';

const ZLabelText = z.string().trim().min(1, 'must not be empty').max(50, 'must be at most 50 characters');

/** Plain text shown on the checkout; `https://` URLs in it become links, nothing else is markup. */
export const ZPlainMessage = z.strictObject({
  message: z.string().trim().min(1, 'must not be empty').max(1200, 'must be at most 1200 characters'),
});

export const ZCustomField = z
  .strictObject({
    key: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,200}$/, 'must be letters, digits or _ (at most 200)')
      .describe('Your name for the field; the value comes back under it.'),
    label: z.strictObject({
      type: z.literal('custom'),
      custom: ZLabelText.describe('The label customers read.'),
      translations: z
        .partialRecord(z.enum(LOCALES), ZLabelText)
        .optional()
        .describe('The label per locale, e.g. `{ "de": "Lieferhinweis" }`; other locales read `custom`.'),
    }),
    type: z.enum(['text', 'numeric', 'dropdown']),
    optional: z.boolean().optional().describe('Default false: the customer must fill it in.'),
    text: z
      .strictObject({
        minimum_length: z.number().int().min(1).max(255).optional(),
        maximum_length: z.number().int().min(1).max(255).optional(),
      })
      .optional(),
    numeric: z
      .strictObject({
        minimum_length: z.number().int().min(1).max(255).optional(),
        maximum_length: z.number().int().min(1).max(255).optional(),
      })
      .optional(),
    dropdown: z
      .strictObject({
        options: z
          .array(
            z.strictObject({
              label: z.string().trim().min(1).max(100),
              value: z.string().regex(/^[A-Za-z0-9]{1,100}$/, 'must be letters and digits (at most 100)'),
            }),
          )
          .min(1, 'must have at least one option')
          .max(200, 'must have at most 200 options'),
      })
      .optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'dropdown' && !field.dropdown)
      ctx.addIssue({ code: 'custom', path: ['dropdown'], message: 'a dropdown field needs dropdown.options' });
    const lengths = field.text ?? field.numeric;
    if (lengths?.minimum_length && lengths.maximum_length && lengths.minimum_length > lengths.maximum_length)
      ctx.addIssue({
        code: 'custom',
        path: [field.text ? 'text' : 'numeric', 'minimum_length'],
        message: 'must not be above maximum_length',
      });
  });

export type CustomField = z.infer<typeof ZCustomField>;

export const ZCustomFields = z
  .array(ZCustomField)
  .max(3, 'must have at most 3 fields')
  .refine((fields) => new Set(fields.map((field) => field.key)).size === fields.length, 'keys must be unique')
  .describe(
    'Up to 3 fields the customer fills in: `text` (`text.minimum_length`/`maximum_length`), `numeric` (digits only) or `dropdown` (`dropdown.options`, up to 200). Example: `[{ "key": "gift_note", "label": { "type": "custom", "custom": "Gift note", "translations": { "de": "Grußkarte" } }, "type": "text", "optional": true }]`.',
  );

export const ZCustomText = z
  .strictObject({
    submit: ZPlainMessage.optional(),
    terms_of_service_acceptance: ZPlainMessage.optional(),
    after_submit: ZPlainMessage.optional(),
  })
  .describe(
    'Short plain text: `submit` above the button, `terms_of_service_acceptance` replaces the consent sentence, `after_submit` below the button. `https://` URLs become links; anything else (HTML included) shows as typed.',
  );

export const ZConsentCollection = z
  .strictObject({ terms_of_service: z.enum(['none', 'required']) })
  .describe(
    '`{ "terms_of_service": "required" }`: a checkbox linking the account’s `terms_of_service_url` must be ticked before Pay; the acceptance and its time come back as `consent`.',
  );

/** The label of a custom field in the customer's language. */
export function customFieldLabel(field: CustomField, locale: string): string {
  return field.label.translations?.[locale as keyof typeof field.label.translations] ?? field.label.custom;
}
