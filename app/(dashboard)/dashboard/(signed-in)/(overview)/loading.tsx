import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="Overview" label="Loading the overview…" blocks={['h-28', 'h-28', 'h-72']} />;
}
