import { notFound } from 'next/navigation';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { merchantOwnsLink } from '@/lib/dashboard/links/load-link';
import { db } from '@/lib/db/db';

/** Answers 404 (with the status, before a loading skeleton streams) for a payment link that is not the merchant's. */
export default async function PaymentLinkLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { merchant } = await requireDashboardUser();
  if (!(await merchantOwnsLink(db(), merchant.id, (await params).id))) notFound();
  return children;
}
