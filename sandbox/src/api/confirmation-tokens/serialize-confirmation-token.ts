import type { AccountState } from '../../state/store.js';
import type { ConfirmationTokenRecord } from '../../state/types.js';
import { serializePaymentMethod } from '../payment-methods/serialize-payment-method.js';

/** The ConfirmationToken as the API returns it: a preview of the PaymentMethod, not its id. */
export function serializeConfirmationToken(account: AccountState, token: ConfirmationTokenRecord) {
  const pm = account.paymentMethods.get(token.paymentMethodId);
  const preview = pm ? serializePaymentMethod(pm) : null;
  return {
    id: token.id,
    object: 'confirmation_token' as const,
    created: token.created,
    expires_at: token.expiresAt,
    livemode: false,
    mandate_data: null,
    payment_intent: token.paymentIntentId,
    payment_method_options: null,
    payment_method_preview: preview && {
      allow_redisplay: preview.allow_redisplay,
      billing_details: preview.billing_details,
      card: preview.card,
      customer: null,
      customer_account: null,
      type: 'card' as const,
    },
    return_url: token.returnUrl,
    setup_future_usage: token.setupFutureUsage,
    setup_intent: null,
    shipping: token.shipping,
    use_stripe_sdk: true,
  };
}
