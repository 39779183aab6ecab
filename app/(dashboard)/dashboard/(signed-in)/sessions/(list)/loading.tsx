import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Checkout sessions" label="Loading checkout sessions…" blocks={['h-10', 'h-96']} />;
}
