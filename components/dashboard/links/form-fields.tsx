import { FieldMessage } from '../field-message';
import { FieldLabel } from '@/components/ui/field-label';

/** The element id of the form field an API parameter names: `line_items.0.unit_amount` → `link-line-items-0-unit-amount`. */
export function fieldId(param: string): string {
  return `link-${param.replace(/[._]/g, '-')}`;
}

/** What a field's `aria-describedby` points at: its error when it has one, else its hint. */
export function describedBy(param: string, error: string | null, hasHint: boolean): string | undefined {
  return error ? `${fieldId(param)}-error` : hasHint ? `${fieldId(param)}-hint` : undefined;
}

type TextFieldProps = {
  /** The API parameter the field fills (its id derives from it, and errors naming it show here). */
  param: string;
  label: React.ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  labelClassName?: string;
  className?: string;
} & Pick<
  React.InputHTMLAttributes<HTMLInputElement>,
  'inputMode' | 'placeholder' | 'type' | 'autoComplete' | 'spellCheck'
>;

/** A labelled text input (or textarea) of the link form, with its error or hint below it. */
export function TextField({
  param,
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  multiline,
  labelClassName = '',
  className,
  ...rest
}: TextFieldProps) {
  const id = fieldId(param);
  const shared = {
    id,
    value,
    className: 'input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(param, error, Boolean(hint)),
  } as const;
  return (
    <div className={`min-w-0 ${className ?? ''}`}>
      <FieldLabel htmlFor={id} optional={optional} className={labelClassName}>
        {label}
      </FieldLabel>
      {multiline ? (
        <textarea
          {...shared}
          rows={3}
          placeholder={rest.placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input {...shared} {...rest} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldMessage id={id} error={error} hint={hint} />
    </div>
  );
}

type Choice<T extends string> = { value: T; title: string; description: string };

/** A group of radio cards (pricing, what happens after payment, 3-D Secure) in a fieldset with its legend. */
export function ChoiceCards<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
  disabled,
}: {
  name: string;
  legend: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 text-sm hover:bg-slate-50 has-checked:border-brand-500 has-checked:bg-brand-50"
          >
            <input
              type="radio"
              name={name}
              className="mt-0.5"
              value={choice.value}
              checked={value === choice.value}
              disabled={disabled}
              onChange={() => onChange(choice.value)}
            />
            <span>
              <span className="font-medium text-slate-900">{choice.title}</span>
              <span className="block text-slate-600">{choice.description}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One titled card of the link form. */
export function FormCard({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-100 px-4 py-4 sm:px-6">
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
      </div>
      <div className="space-y-5 px-4 py-5 sm:px-6">{children}</div>
    </section>
  );
}
