import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { E2E } from './e2e-env';

export const DASHBOARD_PASSWORD = 'a dashboard test password';

/** Creates a dashboard user through the CLI (password on stdin), as an operator would. Returns the email. */
export function createDashboardUser(
  merchantId: string,
  email = `user-${randomUUID().slice(0, 8)}@example.com`,
  password = DASHBOARD_PASSWORD,
): string {
  execFileSync(
    process.execPath,
    ['bin/tillpoint.mjs', 'users', 'create', '--merchant', merchantId, '--email', email, '--password-stdin'],
    {
      env: { ...process.env, TILLPOINT_DATA_DIR: E2E.dataDir, DATABASE_URL: '' },
      input: `${password}\n`,
      encoding: 'utf8',
    },
  );
  return email;
}

export async function signInToDashboard(page: Page, email: string, password = DASHBOARD_PASSWORD): Promise<void> {
  await page.goto('/dashboard/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}
