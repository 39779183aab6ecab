import type { Metadata } from 'next';
import { CouponsPanel, PromotionCodesPanel } from '@/components/dashboard/discounts/discounts-panels';
import { PageHeader } from '@/components/dashboard/page-header';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { loadDiscounts } from '@/lib/dashboard/discounts/load-discounts';
import { db } from '@/lib/db/db';

export const metadata: Metadata = { title: 'Discounts' };

export default async function DiscountsPage() {
  const { merchant } = await requireDashboardUser();
  const { coupons, codes } = await loadDiscounts(db(), merchant.id);
  return (
    <>
      <PageHeader
        title="Discounts"
        description="Coupons and the promotion codes customers type at checkout. A redemption counts once its payment succeeds. Times are UTC."
      />
      <div className="space-y-10">
        <CouponsPanel coupons={coupons} />
        <PromotionCodesPanel codes={codes} coupons={coupons} />
      </div>
    </>
  );
}
