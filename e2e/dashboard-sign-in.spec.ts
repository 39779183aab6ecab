import { expect, test } from '@playwright/test';
import { createDashboardUser, DASHBOARD_PASSWORD, signInToDashboard } from './support/dashboard';
import { expectNoAxeViolations, screenshotBoth } from './support/look';
import { postSignIn } from './support/loopback-client';
import { createMerchant } from './support/merchant-api';

test('signed out, the dashboard sends you to sign in; a wrong password is refused with one message', async ({
  page,
}) => {
  const email = createDashboardUser(createMerchant('Sign-in shop').id);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard\/login$/);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'dashboard-login');

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'That email and password do not match an account.',
  );
  await expect(page.getByLabel('Email')).toHaveValue(email);
  const unknown = await page.context().cookies();
  expect(unknown.find((cookie) => cookie.name === 'tillpoint_session')).toBeUndefined();
});

test('signing in sets an httpOnly session cookie for the dashboard only; signing out ends the session on the server', async ({
  page,
  context,
}) => {
  const merchant = createMerchant('Cookie shop');
  const email = createDashboardUser(merchant.id);
  await signInToDashboard(page, email);
  await expect(page.getByText('Cookie shop', { exact: true })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === 'tillpoint_session')!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/dashboard' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/dashboard\/login$/);
  // The old token is dead on the server, not only forgotten by this browser.
  await context.addCookies([{ ...cookie }]);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard\/login$/);
});

test('after five wrong passwords an email is rate-limited, even with the right password', async ({ page }) => {
  const email = createDashboardUser(createMerchant('Guessed shop').id);
  await page.goto('/dashboard/login');
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`guess number ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form[aria-busy="false"]')).toBeVisible();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'That email and password do not match an account.',
    );
  }
  await page.getByLabel('Password').fill(DASHBOARD_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^Too many sign-in attempts\. Wait \d+ seconds/);
  await expect(page).toHaveURL(/\/dashboard\/login$/);
});

test("five wrong guesses from another address never lock the owner out; the owner's own failures reset on success", async ({
  page,
}) => {
  const email = createDashboardUser(createMerchant('Targeted shop').id);
  const refused = 'That email and password do not match an account.';
  for (let attempt = 0; attempt < 6; attempt++) {
    const reply = await postSignIn('127.0.4.1', email, `attacker guess ${attempt}`);
    expect(reply.text).toContain(attempt < 5 ? refused : 'Too many sign-in attempts');
  }
  // The attacker, now limited, cannot use the right password either...
  expect((await postSignIn('127.0.4.1', email, DASHBOARD_PASSWORD)).text).toContain('Too many sign-in attempts');
  // ...while the owner, from their own address, signs in at once.
  await signInToDashboard(page, email);

  // Four typos, a success, then four more typos: still never limited, since the success reset the count.
  for (let attempt = 0; attempt < 4; attempt++)
    expect((await postSignIn('127.0.4.2', email, `typo ${attempt}`)).text).toContain(refused);
  const success = await postSignIn('127.0.4.2', email, DASHBOARD_PASSWORD);
  expect(success.status).toBe(303);
  expect(String(success.headers['set-cookie'])).toContain('tillpoint_session=');
  for (let attempt = 0; attempt < 4; attempt++)
    expect((await postSignIn('127.0.4.2', email, `typo again ${attempt}`)).text).toContain(refused);
});

test('the dashboard works on a phone: the menu opens the sections', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInToDashboard(page, createDashboardUser(createMerchant('Phone shop').id));
  await expect(page.getByRole('navigation', { name: 'Dashboard' })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Settings' }).waitFor();
  await expectNoAxeViolations(page);
});
