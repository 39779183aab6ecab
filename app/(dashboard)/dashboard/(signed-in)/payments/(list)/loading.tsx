import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Payments" label="Loading payments…" blocks={['h-40', 'h-96']} />;
}
