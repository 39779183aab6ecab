import { notFound } from 'next/navigation';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { merchantOwnsSession } from '@/lib/dashboard/load-session-detail';
import { db } from '@/lib/db/db';

/** Answers 404 (with the status, before the loading skeleton streams) for a session that is not the merchant's. */
export default async function SessionLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { merchant } = await requireDashboardUser();
  if (!(await merchantOwnsSession(db(), merchant.id, (await params).id))) notFound();
  return children;
}
