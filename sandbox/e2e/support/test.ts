import { expect, test as base } from '@playwright/test';

/** A card decline is an HTTP 402, which Chromium logs like any failed request. */
const EXPECTED = /^Failed to load resource: the server responded with a status of 402\b/;

/**
 * Playwright's test, failing any test whose pages log an error or throw: this catches CSP
 * violations, postMessage mistakes and React warnings that the assertions would not see.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !EXPECTED.test(message.text())) errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
