import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Payment links" label="Loading payment links…" blocks={['h-10', 'h-96']} />;
}
