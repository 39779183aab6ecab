import { execFileSync } from 'node:child_process';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { E2E } from './e2e-env';

export type TestMerchant = { id: string; name: string; secret_key: string };

/** Creates a merchant in the running e2e instance's database through the CLI, as an operator would. */
export function createMerchant(name: string): TestMerchant {
  const output = execFileSync(
    process.execPath,
    ['bin/tillpoint.mjs', 'merchants', 'create', '--name', name, '--json'],
    {
      env: { ...process.env, TILLPOINT_DATA_DIR: E2E.dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    },
  );
  return JSON.parse(output) as TestMerchant;
}

export const auth = (key: string, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${key}`, ...extra });

/** A valid session body; `overrides` replace top-level fields. */
export function sessionBody(overrides: Record<string, unknown> = {}) {
  return {
    line_items: [{ name: 'Walnut desk lamp', unit_amount: 4500, quantity: 1 }],
    currency: 'usd',
    success_url: 'https://shop.example.com/thanks?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://shop.example.com/cart',
    ...overrides,
  };
}

export async function createSession(request: APIRequestContext, key: string, overrides: Record<string, unknown> = {}) {
  const response = await request.post('/api/v1/checkout/sessions', {
    headers: auth(key),
    data: sessionBody(overrides),
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as {
    id: string;
    url: string;
    status: string;
    payment: string | null;
    amount_total: number;
  };
}

/** Asserts the API's error shape and returns the error. */
export async function expectApiError(response: APIResponse, status: number, code: string, param?: string) {
  const body = (await response.json()) as {
    error: { type: string; code: string; message: string; param: string | null };
  };
  expect(response.status(), JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  if (param !== undefined) expect(body.error.param).toBe(param);
  return body.error;
}
