import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/dashboard/back-link';
import { LinkForm } from '@/components/dashboard/links/link-form';
import { PageHeader } from '@/components/dashboard/page-header';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { linkToForm } from '@/lib/dashboard/links/link-form';
import { linkHeadline } from '@/lib/dashboard/links/link-headline';
import { loadLink } from '@/lib/dashboard/links/load-link';
import { db } from '@/lib/db/db';
import { allCountryCodes } from '@/lib/customer-details/countries';
import { countryOptions } from '@/lib/customer-details/country-names';
import { MAX_LINK_LINE_ITEMS } from '@/lib/links/link-schemas';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Edit payment link' };

export default async function EditPaymentLinkPage({ params }: Props) {
  const { merchant } = await requireDashboardUser();
  const link = await loadLink(db(), merchant.id, (await params).id);
  if (!link) notFound();
  return (
    <>
      <BackLink href={`/dashboard/links/${link.id}`}>{linkHeadline(link).what}</BackLink>
      <PageHeader title="Edit payment link" description="The link keeps its address, QR code and completions." />
      <div className="max-w-3xl">
        <LinkForm
          maxItems={MAX_LINK_LINE_ITEMS}
          countries={await countryOptions(allCountryCodes(), 'en')}
          termsUrl={merchant.termsOfServiceUrl}
          mode="edit"
          linkId={link.id}
          initial={linkToForm(link)}
          currency={link.currency}
        />
      </div>
    </>
  );
}
