import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Checkout session" label="Loading the checkout session…" blocks={['h-48', 'h-64']} />;
}
