import { CheckoutShell, StatusCard } from '@/components/layout/checkout-shell';

export default function NotFound() {
  return (
    <CheckoutShell>
      <StatusCard tone="info" title="Page not found">
        <p>This link may be mistyped, or the checkout it pointed to no longer exists.</p>
      </StatusCard>
    </CheckoutShell>
  );
}
