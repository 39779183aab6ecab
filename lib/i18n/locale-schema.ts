import { z } from 'zod';
import { LOCALES } from './locales';

/** The `locale` a merchant gives a checkout session or payment link: `auto` (the customer's browser) or a supported language. */
export const ZCheckoutLocale = z.enum(['auto', ...LOCALES], {
  error: `must be auto or one of ${LOCALES.join(', ')}`,
});
