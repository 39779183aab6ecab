import type { Metadata } from 'next';
import { PageHeader } from '@/components/dashboard/page-header';
import { AllowedListForm } from '@/components/dashboard/settings/allowed-list-form';
import { BrandColorForm } from '@/components/dashboard/settings/brand-color-form';
import { BusinessNameForm } from '@/components/dashboard/settings/business-name-form';
import { LogoForm } from '@/components/dashboard/settings/logo-form';
import { SettingsCard } from '@/components/dashboard/settings/settings-card';
import { TermsUrlForm } from '@/components/dashboard/settings/terms-url-form';
import { requireDashboardUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { merchant } = await requireDashboardUser();
  return (
    <>
      <PageHeader
        title="Settings"
        description="How your business appears to customers, and where checkouts may send them or be embedded."
      />
      <div className="space-y-6">
        <SettingsCard id="business" title="Business" description="The name customers see when they pay you.">
          <BusinessNameForm initial={merchant.name} />
        </SettingsCard>
        <SettingsCard
          id="logo"
          title="Logo"
          description="Shown beside your name on the hosted checkout page, payment link pages and the embedded checkout."
        >
          <LogoForm logoUrl={merchant.logoUrl} merchantName={merchant.name} />
        </SettingsCard>
        <SettingsCard
          id="brand"
          title="Brand colour"
          description="The accent colour of your checkout pages: the Pay button, links and highlights."
        >
          <BrandColorForm initial={merchant.brandColor} merchantName={merchant.name} />
        </SettingsCard>
        <SettingsCard
          id="terms"
          title="Terms of service"
          description="Linked from the consent box of checkouts and payment links that require customers to accept your terms."
        >
          <TermsUrlForm initial={merchant.termsOfServiceUrl} />
        </SettingsCard>
        <SettingsCard
          id="redirect-domains"
          title="Allowed redirect domains"
          description={
            <>
              Hosts that a checkout’s <code className="text-[13px]">success_url</code> and{' '}
              <code className="text-[13px]">cancel_url</code> may point to (the host or any subdomain), so nobody can
              use your checkouts to send customers elsewhere.
            </>
          }
        >
          <AllowedListForm
            field="allowed_redirect_domains"
            initial={merchant.allowedRedirectDomains}
            noun="domain"
            placeholder="shop.example.com"
            hint="A host name only: no https://, port or path."
            whenEmpty="No domains: redirect URLs may point to any https host."
          />
        </SettingsCard>
        <SettingsCard
          id="embed-origins"
          title="Allowed embed origins"
          description="Sites allowed to show your checkout inside their pages (the embedded checkout). Every other site is refused."
        >
          <AllowedListForm
            field="allowed_embed_origins"
            initial={merchant.allowedEmbedOrigins}
            noun="origin"
            placeholder="https://shop.example.com"
            hint="An exact origin: https:// and the host (and port if not 443); http only for localhost; no path."
            whenEmpty="No origins: embedding is off."
          />
        </SettingsCard>
      </div>
    </>
  );
}
