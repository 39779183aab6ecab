import { notFound } from 'next/navigation';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { merchantOwnsPayment } from '@/lib/dashboard/load-payment-detail';
import { db } from '@/lib/db/db';

/** Answers 404 (with the status, before the loading skeleton streams) for a payment that is not the merchant's. */
export default async function PaymentLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { merchant } = await requireDashboardUser();
  if (!(await merchantOwnsPayment(db(), merchant.id, (await params).id))) notFound();
  return children;
}
