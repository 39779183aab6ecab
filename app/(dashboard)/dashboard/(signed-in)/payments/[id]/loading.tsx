import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Payment" label="Loading the payment…" blocks={['h-32', 'h-64', 'h-64']} />;
}
