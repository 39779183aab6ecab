import { expect, test } from '@playwright/test';
import { startWebhookReceiver } from '../test-support/webhook-receiver';
import { expectPaymentSuccessful, fillCard, fillEmail, pageAlert } from './support/checkout';
import { createDashboardUser, signInToDashboard } from './support/dashboard';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { auth, createMerchant, createSession, expectApiError, sessionBody } from './support/merchant-api';

const details = {
  billing_address_collection: 'required',
  phone_number_collection: { enabled: true },
  shipping_address_collection: { allowed_countries: ['DE', 'AT'] },
  name_collection: { business: { enabled: true } },
  custom_fields: [
    {
      key: 'vat_id',
      label: { type: 'custom', custom: 'VAT number', translations: { de: 'USt-IdNr.' } },
      type: 'text',
      text: { minimum_length: 8, maximum_length: 14 },
    },
    {
      key: 'size',
      label: { type: 'custom', custom: 'Jacket size' },
      type: 'dropdown',
      dropdown: {
        options: [
          { label: 'Medium', value: 'm' },
          { label: 'Large', value: 'l' },
        ],
      },
    },
  ],
  consent_collection: { terms_of_service: 'required' },
  custom_text: {
    submit: { message: 'Ships in 2 days <b>not bold</b>, see https://alpine.example.com/shipping.' },
    after_submit: { message: 'Questions? Write to us.' },
  },
};

test('a customer gives billing address, phone, business name and shipping address; the API, the webhook and the dashboard have them', async ({
  page,
  request,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    const merchant = createMerchant('Alpine Outfitters');
    const headers = auth(merchant.secret_key);
    const endpoint = await (
      await request.post('/api/v1/webhook_endpoints', {
        headers,
        data: { url: receiver.url('/orders'), enabled_events: ['payment.succeeded'] },
      })
    ).json();
    receiver.route('/orders', endpoint.secret);
    await request.post('/api/v1/account', {
      headers,
      data: { terms_of_service_url: 'https://alpine.example.com/terms' },
    });
    const session = await createSession(request, merchant.secret_key, { ...details, submit_type: 'book' });

    await page.goto(new URL(session.url).pathname);
    const book = page.getByRole('button', { name: 'Book' });
    // The merchant's text shows as typed (no markup), its https URL as a link.
    await expect(page.getByText('Ships in 2 days <b>not bold</b>, see')).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://alpine.example.com/shipping' })).toHaveAttribute(
      'href',
      'https://alpine.example.com/shipping',
    );
    await expect(page.getByRole('link', { name: 'terms of service' })).toHaveAttribute(
      'href',
      'https://alpine.example.com/terms',
    );
    const consent = page.getByRole('checkbox', { name: 'I agree to the terms of service.' });
    await expect(book).toBeDisabled();
    await consent.check();
    await expect(book).toBeEnabled();
    await consent.uncheck();
    await expect(book).toBeDisabled();
    await consent.check();
    await expectNoAxeViolations(page);
    await fillEmail(page);
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Business name (optional)').fill('Analytical Engines GmbH');
    await page.getByLabel('Phone number').fill('+43 1 234567');
    const billing = page.getByRole('group', { name: 'Billing address' });
    await billing.getByLabel('Country or region').selectOption('US');
    await billing.getByLabel('Address line 1').fill('1 Main St');
    await billing.getByLabel('City').fill('Springfield');
    await billing.getByLabel('Postal code').fill('6270');
    await billing.getByLabel('State, province or region').fill('IL');
    const shipping = page.getByRole('group', { name: 'Shipping address' });
    await shipping.getByLabel('Country or region').selectOption('AT');
    await shipping.getByLabel('Address line 1').fill('Stephansplatz 1');
    await shipping.getByLabel('City').fill('Wien');
    await shipping.getByLabel('Postal code').fill('1010');
    await page.getByLabel('VAT number').fill('ATU12345678');
    await page.getByLabel('Jacket size').selectOption('l');
    await fillCard(page, '4242424242424242');
    await page.getByRole('button', { name: 'Book' }).click();

    // A postal code that does not fit the country is refused beside its field, and nothing is charged.
    await expect(pageAlert(page)).toHaveText('Check the highlighted details.');
    await expect(billing.getByText('Enter a valid postal code for this country.')).toBeVisible();
    const before = await (await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers })).json();
    expect(before.payment).toBeNull();
    await screenshotBoth(page, 'details-invalid-postal-code');

    await billing.getByLabel('Postal code').fill('62701');
    await page.getByRole('button', { name: 'Book' }).click();
    await expectPaymentSuccessful(page);

    const collected = {
      customer_details: {
        name: 'Ada Lovelace',
        business_name: 'Analytical Engines GmbH',
        phone: '+431234567',
        address: {
          line1: '1 Main St',
          line2: null,
          city: 'Springfield',
          state: 'IL',
          postal_code: '62701',
          country: 'US',
        },
      },
      shipping_details: {
        name: 'Ada Lovelace',
        address: {
          line1: 'Stephansplatz 1',
          line2: null,
          city: 'Wien',
          state: null,
          postal_code: '1010',
          country: 'AT',
        },
      },
      custom_fields: [
        { key: 'vat_id', type: 'text', value: 'ATU12345678' },
        { key: 'size', type: 'dropdown', value: 'l' },
      ],
      consent: { terms_of_service: 'accepted' },
    };
    const paymentId = (await (await request.get(`/api/v1/checkout/sessions/${session.id}`, { headers })).json())
      .payment;
    const payment = await (await request.get(`/api/v1/payments/${paymentId}`, { headers })).json();
    expect(payment).toMatchObject({ status: 'succeeded', ...collected });

    await receiver.waitFor((all) => all.some((r) => r.type === 'payment.succeeded'), 20_000);
    expect(receiver.on('/orders')[0]!.body.data.object).toMatchObject({ id: paymentId, ...collected });

    // The receipt forwards to the merchant's success_url: the dashboard gets a tab of its own.
    const dashboard = await page.context().newPage();
    await signInToDashboard(dashboard, createDashboardUser(merchant.id));
    await dashboard.goto(`/dashboard/payments/${paymentId}`);
    const panel = dashboard.getByRole('region', { name: 'Customer details' });
    await expect(panel).toContainText('Analytical Engines GmbH');
    await expect(panel).toContainText('+431234567');
    await expect(panel).toContainText('62701 Springfield');
    await expect(panel).toContainText('Stephansplatz 1');
    await expect(panel).toContainText('ATU12345678');
    await expect(panel).toContainText('Terms of service');
  } finally {
    await receiver.close();
  }
});

test('bad customer-detail parameters are 400s that name the parameter', async ({ request }) => {
  const merchant = createMerchant('Strict Shop');
  const post = (overrides: Record<string, unknown>) =>
    request.post('/api/v1/checkout/sessions', { headers: auth(merchant.secret_key), data: sessionBody(overrides) });
  await expectApiError(await post({ locale: 'xx' }), 400, 'parameter_invalid', 'locale');
  await expectApiError(
    await post({ shipping_address_collection: { allowed_countries: ['DE', 'XX'] } }),
    400,
    'parameter_invalid',
    'shipping_address_collection.allowed_countries.1',
  );
  await expectApiError(
    await post({ billing_address_collection: 'always' }),
    400,
    'parameter_invalid',
    'billing_address_collection',
  );
  await expectApiError(await post({ submit_type: 'buy' }), 400, 'parameter_invalid', 'submit_type');
  const field = (key: string) => ({ key, label: { type: 'custom', custom: key }, type: 'text' });
  await expectApiError(
    await post({ custom_fields: [field('a'), field('b'), field('c'), field('d')] }),
    400,
    'parameter_invalid',
    'custom_fields',
  );
  await expectApiError(
    await post({ custom_fields: [{ ...field('size'), type: 'dropdown' }] }),
    400,
    'parameter_invalid',
    'custom_fields.0.dropdown',
  );
  await expectApiError(
    await post({ custom_fields: [{ ...field('note'), text: { minimum_length: 9, maximum_length: 3 } }] }),
    400,
    'parameter_invalid',
    'custom_fields.0.text.minimum_length',
  );
  await expectApiError(
    await post({ consent_collection: { terms_of_service: 'required' } }),
    400,
    'parameter_invalid',
    'consent_collection.terms_of_service',
  );
});
