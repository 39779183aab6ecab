import type { Metadata } from 'next';
import { BackLink } from '@/components/dashboard/back-link';
import { LinkForm } from '@/components/dashboard/links/link-form';
import { PageHeader } from '@/components/dashboard/page-header';
import { requireDashboardUser } from '@/lib/auth/current-user';
import { currencyOptions, defaultLinkCurrency } from '@/lib/dashboard/links/currency-options';
import { EMPTY_LINK_FORM } from '@/lib/dashboard/links/link-form';
import { db } from '@/lib/db/db';
import { allCountryCodes } from '@/lib/customer-details/countries';
import { countryOptions } from '@/lib/customer-details/country-names';
import { MAX_LINK_LINE_ITEMS } from '@/lib/links/link-schemas';

export const metadata: Metadata = { title: 'New payment link' };

export default async function NewPaymentLinkPage() {
  const { merchant } = await requireDashboardUser();
  return (
    <>
      <BackLink href="/dashboard/links">Payment links</BackLink>
      <PageHeader
        title="New payment link"
        description="What customers pay for, what they see afterwards, and when the link closes."
      />
      <div className="max-w-3xl">
        <LinkForm
          maxItems={MAX_LINK_LINE_ITEMS}
          countries={await countryOptions(allCountryCodes(), 'en')}
          termsUrl={merchant.termsOfServiceUrl}
          mode="create"
          initial={EMPTY_LINK_FORM}
          currency={await defaultLinkCurrency(db(), merchant.id)}
          currencies={currencyOptions()}
        />
      </div>
    </>
  );
}
