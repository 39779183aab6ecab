import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Payment link" label="Loading the payment link…" blocks={['h-48', 'h-64']} />;
}
