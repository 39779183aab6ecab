import type { Address, CollectedDetails } from '@/lib/customer-details/parse-customer-details';
import { DateTime } from './date-time';
import { DetailList, Section } from './section';

function addressLines(address: Address): string {
  return [
    address.line1,
    address.line2,
    [address.postal_code, address.city].filter(Boolean).join(' '),
    address.state,
    address.country,
  ]
    .filter(Boolean)
    .join('\n');
}

/** What the customer entered at checkout (name, business, phone, addresses); nothing when the checkout asked for none. */
export function CustomerDetailsPanel({ collected }: { collected: unknown }) {
  const details = collected as CollectedDetails | null;
  if (!details) return null;
  const { customer_details: customer, shipping_details: shipping, custom_fields: custom = [], consent } = details;
  type Item = { label: string; value: React.ReactNode };
  const items = (
    [
      customer.name && { label: 'Name', value: customer.name },
      customer.business_name && { label: 'Business name', value: customer.business_name },
      customer.phone && { label: 'Phone', value: <code>{customer.phone}</code> },
      customer.address && {
        label: 'Billing address',
        value: <span className="whitespace-pre-line">{addressLines(customer.address)}</span>,
      },
      shipping && {
        label: 'Shipping address',
        value: <span className="whitespace-pre-line">{`${shipping.name}\n${addressLines(shipping.address)}`}</span>,
      },
      ...custom.map((field) => ({ label: field.key, value: field.value ?? '—' })),
      consent && {
        label: 'Terms of service',
        value: (
          <>
            Accepted <DateTime value={new Date(consent.accepted_at * 1000)} />
          </>
        ),
      },
    ] as (Item | null | '')[]
  ).filter((item): item is Item => Boolean(item));
  if (items.length === 0) return null;
  return (
    <Section id="customer-details" title="Customer details">
      <DetailList stacked items={items} />
    </Section>
  );
}
