import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Edit payment link" label="Loading the payment link…" blocks={['h-72', 'h-48', 'h-48']} />;
}
