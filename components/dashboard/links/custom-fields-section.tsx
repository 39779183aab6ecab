'use client';

import { useRef, useState } from 'react';
import {
  dropdownOptionsFromLines,
  EMPTY_CUSTOM_FIELD,
  type TCustomFieldForm,
} from '@/lib/dashboard/links/checkout-options-form';
import { FieldLabel } from '@/components/ui/field-label';
import { FieldMessage } from '../field-message';
import { describedBy, fieldId, FormCard, TextField } from './form-fields';

export const MAX_CUSTOM_FIELDS = 3;

type Props = {
  fields: TCustomFieldForm[];
  onChange: (fields: TCustomFieldForm[]) => void;
  errorFor: (param: string) => string | null;
};

/** The key a label suggests: "Gift note" → `gift_note`. */
const keyFromLabel = (label: string) =>
  label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);

/** The dropdown's options, one label per line; the lines are kept as typed while the merchant edits them. */
function OptionsField({
  param,
  field,
  onChange,
  error,
}: {
  param: string;
  field: TCustomFieldForm;
  onChange: (options: TCustomFieldForm['options']) => void;
  error: string | null;
}) {
  const [draft, setDraft] = useState(() => field.options.map((option) => option.label).join('\n'));
  const id = fieldId(param);
  return (
    <div>
      <FieldLabel htmlFor={id}>Options</FieldLabel>
      <textarea
        id={id}
        className="input"
        rows={4}
        value={draft}
        placeholder={'Small\nMedium\nLarge'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(param, error, true)}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(dropdownOptionsFromLines(event.target.value, field.options));
        }}
      />
      <FieldMessage id={id} error={error} hint="One option per line, up to 200, in the order customers see them." />
    </div>
  );
}

/** Up to three questions of the merchant's own: text, digits only, or a choice from a list. */
export function CustomFieldsSection({ fields, onChange, errorFor }: Props) {
  const nextKey = useRef(fields.length);
  const [keys, setKeys] = useState(() => fields.map((_, index) => index));
  const update = (index: number, change: Partial<TCustomFieldForm>) =>
    onChange(fields.map((field, at) => (at === index ? { ...field, ...change } : field)));
  const groupError = errorFor('custom_fields');

  return (
    <FormCard
      id="link-custom-fields-heading"
      title="Custom fields"
      description={`Up to ${MAX_CUSTOM_FIELDS} questions of your own, such as a gift note or a size. Answers come back with the payment.`}
    >
      {fields.length > 0 && (
        <ol className="space-y-4">
          {fields.map((field, index) => {
            const param = (path: string) => `custom_fields.${index}.${path}`;
            const lengthKind = field.type === 'numeric' ? 'numeric' : 'text';
            return (
              <li
                key={keys[index]}
                id={`${fieldId(`custom_fields.${index}`)}-group`}
                className="space-y-4 rounded-lg border border-slate-200 p-4"
                aria-label={`Custom field ${index + 1}`}
              >
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField
                    param={param('label.custom')}
                    label={`Label of field ${index + 1}`}
                    value={field.label}
                    onChange={(label) =>
                      update(index, {
                        label,
                        ...(field.key === '' || field.key === keyFromLabel(field.label)
                          ? { key: keyFromLabel(label) }
                          : {}),
                      })
                    }
                    error={errorFor(param('label.custom')) ?? errorFor(param('label'))}
                    hint="What customers read, up to 50 characters."
                    placeholder="Gift note"
                  />
                  <TextField
                    param={param('key')}
                    label="Key"
                    value={field.key}
                    onChange={(key) => update(index, { key })}
                    error={errorFor(param('key'))}
                    hint="Your name for the answer in the API and webhooks: letters, digits, _."
                    spellCheck={false}
                    autoComplete="off"
                  />
                </div>
                <div className="flex flex-wrap items-end gap-4">
                  <div className="w-48">
                    <FieldLabel htmlFor={fieldId(param('type'))}>Type</FieldLabel>
                    <select
                      id={fieldId(param('type'))}
                      className="input"
                      value={field.type}
                      onChange={(event) => update(index, { type: event.target.value as TCustomFieldForm['type'] })}
                    >
                      <option value="text">Text</option>
                      <option value="numeric">Digits only</option>
                      <option value="dropdown">Choice from a list</option>
                    </select>
                  </div>
                  <label className="flex items-center gap-2 pb-2 text-sm text-slate-800">
                    <input
                      id={fieldId(param('optional'))}
                      type="checkbox"
                      checked={field.optional}
                      onChange={(event) => update(index, { optional: event.target.checked })}
                    />
                    Customers may leave it empty
                  </label>
                </div>
                {field.type === 'dropdown' ? (
                  <OptionsField
                    param={param('dropdown')}
                    field={field}
                    onChange={(options) => update(index, { options })}
                    error={errorFor(param('dropdown'))}
                  />
                ) : (
                  <div className="grid gap-4 sm:grid-cols-2">
                    <TextField
                      param={param(`${lengthKind}.minimum_length`)}
                      label="Minimum length"
                      optional
                      value={field.minLength}
                      onChange={(minLength) => update(index, { minLength })}
                      error={errorFor(param(`${lengthKind}.minimum_length`))}
                      hint="In characters, 1 to 255."
                      inputMode="numeric"
                      autoComplete="off"
                    />
                    <TextField
                      param={param(`${lengthKind}.maximum_length`)}
                      label="Maximum length"
                      optional
                      value={field.maxLength}
                      onChange={(maxLength) => update(index, { maxLength })}
                      error={errorFor(param(`${lengthKind}.maximum_length`))}
                      hint="In characters, 1 to 255."
                      inputMode="numeric"
                      autoComplete="off"
                    />
                  </div>
                )}
                {Object.keys(field.translations).length > 0 && (
                  <p className="text-sm text-slate-600">
                    Translated labels set through the API ({Object.keys(field.translations).join(', ')}) are kept.
                  </p>
                )}
                <FieldMessage id={fieldId(`custom_fields.${index}`)} error={errorFor(`custom_fields.${index}`)} />
                <div className="flex justify-end">
                  <button
                    type="button"
                    className="btn-secondary"
                    aria-label={`Remove custom field ${index + 1}${field.label.trim() ? ` (${field.label.trim()})` : ''}`}
                    onClick={() => {
                      setKeys((current) => current.filter((_, at) => at !== index));
                      onChange(fields.filter((_, at) => at !== index));
                    }}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <FieldMessage id={fieldId('custom_fields')} error={groupError} />
      <button
        type="button"
        className="btn-secondary"
        disabled={fields.length >= MAX_CUSTOM_FIELDS}
        onClick={() => {
          const at = fields.length;
          setKeys((current) => [...current, nextKey.current++]);
          onChange([...fields, EMPTY_CUSTOM_FIELD]);
          requestAnimationFrame(() => document.getElementById(fieldId(`custom_fields.${at}.label.custom`))?.focus());
        }}
      >
        Add a custom field
      </button>
    </FormCard>
  );
}
