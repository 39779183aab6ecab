import { readCheckoutOptions } from './checkout-options';

type CheckoutTranslator = (key: 'payAmount' | 'book' | 'donateAmount', values?: { amount: string }) => string;

/** The submit button's words for the session's `submit_type`, in the customer's language. */
export function submitLabel(t: CheckoutTranslator, storedOptions: unknown, amount: string): string {
  switch (readCheckoutOptions(storedOptions).submit_type) {
    case 'book':
      return t('book');
    case 'donate':
      return t('donateAmount', { amount });
    default:
      return t('payAmount', { amount });
  }
}
