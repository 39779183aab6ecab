import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenshotBoth } from './support/look';

test('the OpenAPI document describes every endpoint with the schemas that validate requests', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe('3.1.0');
  for (const path of [
    '/api/v1/checkout/sessions',
    '/api/v1/checkout/sessions/{id}',
    '/api/v1/checkout/sessions/{id}/expire',
    '/api/v1/payments',
    '/api/v1/payments/{id}',
    '/api/v1/payments/{id}/action_url',
    '/api/v1/api_keys',
    '/api/v1/api_keys/{id}/roll',
    '/api/v1/api_keys/{id}/revoke',
    '/api/v1/account',
  ]) {
    expect(document.paths[path], path).toBeDefined();
  }
  const create = document.paths['/api/v1/checkout/sessions'].post;
  const schema = create.requestBody.content['application/json'].schema;
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(expect.arrayContaining(['line_items', 'currency']));
  // success_url is required for hosted sessions only (embedded ones tell the page instead).
  expect(schema.properties.success_url.description).toMatch(/Required unless `ui_mode` is `embedded`/);
  expect(schema.properties.embed_origin).toBeDefined();
  expect(schema.properties.line_items.items.properties.unit_amount).toMatchObject({
    type: 'integer',
    maximum: 99_999_999,
  });
  expect(create.responses['409']).toBeDefined();
  expect(document.paths['/api/v1/checkout/sessions'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
    expect.arrayContaining(['limit', 'starting_after', 'ending_before', 'status']),
  );
});

test('a developer reads the API reference on a desktop and on a phone', async ({ page }) => {
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1, name: 'Tillpoint merchant API' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Create a checkout session' })).toBeVisible();
  await expect(page.getByText('line_items.0.unit_amount').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'api-reference');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
