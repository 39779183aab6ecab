import { PageSkeleton } from '@/components/dashboard/skeleton';

export default function Loading() {
  return <PageSkeleton title="New payment link" label="Loading the form…" blocks={['h-72', 'h-48', 'h-48']} />;
}
