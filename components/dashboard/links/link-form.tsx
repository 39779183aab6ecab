'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { createPaymentLinkAction } from '@/lib/dashboard/actions/create-payment-link-action';
import { updatePaymentLinkAction } from '@/lib/dashboard/actions/update-payment-link-action';
import type { TLinkForm } from '@/lib/dashboard/links/link-form';
import { DEFAULT_INACTIVE_MESSAGE } from '@/lib/sessions/link-availability';
import { minimumAmount } from '@/lib/money/currencies';
import { formatAmount } from '@/lib/money/format-amount';
import { FieldMessage, fieldErrorText } from '../field-message';
import { ChoiceCards, describedBy, fieldId, FormCard, TextField } from './form-fields';
import { LineItemsFields, type ItemRow } from './line-items-fields';
import { ADJUSTABLE_QUANTITY_FIELDS } from './adjustable-quantity-fields';
import { ConsentAndTextSection } from './consent-and-text-section';
import { checkoutOptionParams } from '@/lib/dashboard/links/checkout-option-params';
import { CustomerDetailsSection } from './customer-details-section';
import { CustomFieldsSection } from './custom-fields-section';
import { FieldLabel } from '@/components/ui/field-label';
import { FormAlert } from '@/components/ui/form-alert';
import { DialogActions, PendingButton } from '@/components/ui/buttons';

type Props = {
  initial: TLinkForm;
  currency: string;
  /** The API's limit on fixed-price items (MAX_LINK_LINE_ITEMS), passed in to keep the API's schemas out of the browser. */
  maxItems: number;
  /** Every country as [ISO code, English name], for the shipping country picker. */
  countries: [string, string][];
  /** The account's terms of service URL (the consent box links to it), or null. */
  termsUrl: string | null;
} & ({ mode: 'create'; currencies: { code: string; name: string }[] } | { mode: 'edit'; linkId: string });

const ITEM_FIELDS = ['name', 'unit_amount', 'quantity'];

/** The API parameter an error names, or the nearest enclosing one the form shows; null for the form as a whole. */
function resolveField(param: string | null, known: Set<string>): string | null {
  for (let path = param; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : null) {
    if (known.has(path)) return path;
  }
  return null;
}

/**
 * Creates a payment link, or edits one (everything but its currency). Amounts are typed in major units;
 * the server converts and validates them with the API's own rules, and its message shows beside the
 * field at fault, which gets the focus.
 */
export function LinkForm(props: Props) {
  const router = useRouter();
  const { initial } = props;
  const nextKey = useRef(initial.lineItems.length);
  const [currency, setCurrency] = useState(props.currency);
  const [form, setForm] = useState<Omit<TLinkForm, 'lineItems'>>(initial);
  const [rows, setRows] = useState<ItemRow[]>(() => initial.lineItems.map((item, key) => ({ key, ...item })));
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(null);

  const set = <K extends keyof TLinkForm>(key: K, value: TLinkForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const setCustom = (change: Partial<TLinkForm['customAmount']>) =>
    setForm((current) => ({ ...current, customAmount: { ...current.customAmount, ...change } }));
  const setCheckout = (change: Partial<TLinkForm['checkout']>) =>
    setForm((current) => ({ ...current, checkout: { ...current.checkout, ...change } }));
  const errorFor = (field: string) => (problem?.field === field ? problem.message : null);
  const money = (minor: number) => formatAmount(minor, currency);

  const known = new Set([
    'currency',
    'restrictions.completed_sessions.limit',
    'inactive_message',
    ...checkoutOptionParams(form.checkout),
  ]);
  if (form.pricing === 'fixed') {
    known.add('line_items');
    rows.forEach((_, index) =>
      [...ITEM_FIELDS, ...ADJUSTABLE_QUANTITY_FIELDS].forEach((field) => known.add(`line_items.${index}.${field}`)),
    );
  } else
    [
      'custom_amount',
      'custom_amount.name',
      'custom_amount.minimum',
      'custom_amount.maximum',
      'custom_amount.preset',
    ].forEach((field) => known.add(field));
  known.add(
    form.afterCompletion === 'redirect'
      ? 'after_completion.redirect.url'
      : 'after_completion.hosted_confirmation.custom_message',
  );

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    setPending(true);
    setProblem(null);
    const values: TLinkForm = {
      ...form,
      lineItems: rows.map(({ name, price, quantity, adjustable }) => ({ name, price, quantity, adjustable })),
    };
    const result =
      props.mode === 'create'
        ? await createPaymentLinkAction({ ...values, currency })
        : await updatePaymentLinkAction({ ...values, id: props.linkId });
    if (result.ok) {
      router.push(`/dashboard/links/${result.data.id}`);
      return;
    }
    setPending(false);
    const field = resolveField(result.param, known);
    setProblem({ field, message: field ? fieldErrorText(result.error) : result.error });
    requestAnimationFrame(() => {
      const target = field
        ? (document.getElementById(fieldId(field)) ??
          element.querySelector<HTMLElement>(`#${fieldId(field)}-group input`))
        : null;
      (target ?? element.querySelector<HTMLElement>('[role="alert"]'))?.focus();
    });
  }

  const floor = money(minimumAmount(currency));
  return (
    <form onSubmit={submit} className="space-y-6" aria-busy={pending} noValidate>
      {props.mode === 'edit' && (
        <div className="rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          <p className="font-medium">What you can change</p>
          <p className="mt-1">
            Everything below except the currency ({currency.toUpperCase()}), which is fixed when a link is created.
            Changes apply to checkouts opened from now on: a customer who already opened one pays what they were shown.
            To stop taking payments, deactivate the link on its page.
          </p>
        </div>
      )}
      <FormCard
        id="link-pricing-heading"
        title="What customers pay"
        description="A fixed price for one or more items, or an amount the customer types in."
      >
        {props.mode === 'create' ? (
          <div className="max-w-xs">
            <FieldLabel htmlFor={fieldId('currency')}>Currency</FieldLabel>
            <select
              id={fieldId('currency')}
              className="input"
              value={currency}
              onChange={(event) => setCurrency(event.target.value)}
              aria-invalid={errorFor('currency') ? true : undefined}
              aria-describedby={describedBy('currency', errorFor('currency'), true)}
            >
              {props.currencies.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.code.toUpperCase()} · {option.name}
                </option>
              ))}
            </select>
            <FieldMessage
              id={fieldId('currency')}
              error={errorFor('currency')}
              hint="It cannot be changed once the link is created."
            />
          </div>
        ) : (
          <p className="text-sm text-slate-700">
            Currency <span className="font-semibold text-slate-900">{currency.toUpperCase()}</span>
          </p>
        )}
        <ChoiceCards
          name="pricing"
          legend="Price"
          value={form.pricing}
          onChange={(pricing) => {
            set('pricing', pricing);
            setProblem(null);
          }}
          choices={[
            { value: 'fixed', title: 'Fixed price', description: 'Products or services at set prices.' },
            { value: 'custom', title: 'Customer chooses the amount', description: 'Donations, tips, invoices.' },
          ]}
        />
        {form.pricing === 'fixed' ? (
          <LineItemsFields
            rows={rows}
            currency={currency}
            max={props.maxItems}
            errorFor={errorFor}
            onChange={(key, change) =>
              setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)))
            }
            onAdd={() => {
              const key = nextKey.current++;
              setRows((current) => [...current, { key, name: '', price: '', quantity: '1' }]);
              requestAnimationFrame(() => document.getElementById(fieldId(`line_items.${rows.length}.name`))?.focus());
            }}
            onRemove={(key) => {
              setProblem(null);
              setRows((current) => current.filter((row) => row.key !== key));
            }}
          />
        ) : (
          <div id={`${fieldId('custom_amount')}-group`} className="space-y-4">
            <TextField
              param="custom_amount.name"
              label="What it pays for"
              value={form.customAmount.name}
              onChange={(name) => setCustom({ name })}
              error={errorFor('custom_amount.name')}
              hint="Shown on the link page above the amount field: “Donation”, “Invoice 1042”."
              placeholder="Donation"
            />
            <div className="grid gap-4 sm:grid-cols-3">
              {(
                [
                  ['minimum', 'Minimum', `Default ${floor}, the smallest charge in ${currency.toUpperCase()}.`],
                  ['maximum', 'Maximum', 'Default: no maximum.'],
                  ['preset', 'Suggested amount', 'What the field starts with.'],
                ] as const
              ).map(([bound, label, hint]) => (
                <TextField
                  key={bound}
                  param={`custom_amount.${bound}`}
                  label={`${label} (${currency.toUpperCase()})`}
                  optional
                  value={form.customAmount[bound]}
                  onChange={(value) => setCustom({ [bound]: value })}
                  error={errorFor(`custom_amount.${bound}`)}
                  hint={hint}
                  inputMode="decimal"
                  autoComplete="off"
                />
              ))}
            </div>
            <FieldMessage id={fieldId('custom_amount')} error={errorFor('custom_amount')} />
          </div>
        )}
      </FormCard>

      <FormCard
        id="link-after-heading"
        title="After payment"
        description="What the customer sees once the payment succeeded."
      >
        <ChoiceCards
          name="after_completion"
          legend="After a successful payment"
          value={form.afterCompletion}
          onChange={(value) => set('afterCompletion', value)}
          choices={[
            {
              value: 'hosted_confirmation',
              title: 'Show a confirmation page',
              description: 'Tillpoint’s receipt, with your message.',
            },
            {
              value: 'redirect',
              title: 'Send them to your site',
              description: 'A page of yours, such as an order confirmation.',
            },
          ]}
        />
        {form.afterCompletion === 'hosted_confirmation' ? (
          <TextField
            param="after_completion.hosted_confirmation.custom_message"
            label="Message on the confirmation page"
            optional
            multiline
            value={form.confirmationMessage}
            onChange={(value) => set('confirmationMessage', value)}
            error={errorFor('after_completion.hosted_confirmation.custom_message')}
            hint="Shown under “Payment successful”, for example when and how you deliver."
            placeholder="Thank you! We ship within two working days."
          />
        ) : (
          <TextField
            param="after_completion.redirect.url"
            label="Redirect URL"
            type="url"
            inputMode="url"
            spellCheck={false}
            value={form.redirectUrl}
            onChange={(value) => set('redirectUrl', value)}
            error={errorFor('after_completion.redirect.url')}
            hint="https (http only for localhost), on one of your allowed redirect domains when you set any. {CHECKOUT_SESSION_ID} and {PAYMENT_ID} are filled in."
            placeholder="https://shop.example.com/thanks?payment={PAYMENT_ID}"
          />
        )}
      </FormCard>

      <FormCard
        id="link-availability-heading"
        title="Availability"
        description="When the link stops taking payments, and what customers read then."
      >
        <TextField
          className="max-w-xs"
          param="restrictions.completed_sessions.limit"
          label="Limit of completed payments"
          optional
          value={form.limit}
          onChange={(value) => set('limit', value)}
          error={errorFor('restrictions.completed_sessions.limit')}
          hint="Leave empty for no limit. The link closes once this many customers paid."
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          param="inactive_message"
          label="Message when the link is inactive"
          optional
          multiline
          value={form.inactiveMessage}
          onChange={(value) => set('inactiveMessage', value)}
          error={errorFor('inactive_message')}
          hint="Shown instead of the checkout once you deactivate the link or its limit is reached. Empty: the sentence shown as an example."
          placeholder={DEFAULT_INACTIVE_MESSAGE}
        />
      </FormCard>

      <FormCard
        id="link-3ds-heading"
        title="3-D Secure"
        description="How a customer’s bank asks them to confirm a payment, when it does."
      >
        <ChoiceCards
          name="three_d_secure_ui"
          legend="Show the bank’s check"
          value={form.threeDSecureUi}
          onChange={(value) => set('threeDSecureUi', value)}
          choices={[
            { value: 'modal', title: 'In a pop-up', description: 'Over the checkout page; the customer stays on it.' },
            { value: 'redirect', title: 'By redirect', description: 'On the bank’s own page, then back to Tillpoint.' },
          ]}
        />
      </FormCard>

      <CustomerDetailsSection
        value={form.checkout}
        onChange={setCheckout}
        errorFor={errorFor}
        countries={props.countries}
      />
      <CustomFieldsSection
        fields={form.checkout.customFields}
        onChange={(customFields) => setCheckout({ customFields })}
        errorFor={errorFor}
      />
      <ConsentAndTextSection
        value={form.checkout}
        onChange={setCheckout}
        errorFor={errorFor}
        termsUrl={props.termsUrl}
      />

      {problem && problem.field === null && <FormAlert tabIndex={-1}>{problem.message}</FormAlert>}
      <DialogActions>
        <Link
          href={props.mode === 'edit' ? `/dashboard/links/${props.linkId}` : '/dashboard/links'}
          className="btn-secondary"
        >
          Cancel
        </Link>
        <PendingButton pending={pending}>
          {props.mode === 'create' ? (pending ? 'Creating…' : 'Create link') : pending ? 'Saving…' : 'Save changes'}
        </PendingButton>
      </DialogActions>
    </form>
  );
}
