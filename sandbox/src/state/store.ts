import { noFaults, type Faults } from '../control/faults.js';
import type {
  ChargeRecord,
  DeliveryAttemptRecord,
  EventRecord,
  PaymentIntentRecord,
  PaymentMethodRecord,
  RefundRecord,
  BalanceTransactionRecord,
  ConfirmationTokenRecord,
  TokenRecord,
  StoredResponse,
  ThreeDsTokenRecord,
  WebhookEndpointRecord,
} from './types.js';

/** Everything one key pair (`sk_test_<x>` / `pk_test_<x>`) owns. Maps keep insertion order. */
export interface AccountState {
  id: string;
  paymentIntents: Map<string, PaymentIntentRecord>;
  paymentMethods: Map<string, PaymentMethodRecord>;
  charges: Map<string, ChargeRecord>;
  refunds: Map<string, RefundRecord>;
  confirmationTokens: Map<string, ConfirmationTokenRecord>;
  tokens: Map<string, TokenRecord>;
  balanceTransactions: Map<string, BalanceTransactionRecord>;
  events: Map<string, EventRecord>;
  webhookEndpoints: Map<string, WebhookEndpointRecord>;
  /** Idempotency-Key → stored first response, or 'in_flight' while it runs. */
  idempotency: Map<string, StoredResponse | 'in_flight'>;
  deliveries: DeliveryAttemptRecord[];
  faults: Faults;
}

export function emptyAccount(id: string): AccountState {
  return {
    id,
    paymentIntents: new Map(),
    paymentMethods: new Map(),
    charges: new Map(),
    refunds: new Map(),
    confirmationTokens: new Map(),
    tokens: new Map(),
    balanceTransactions: new Map(),
    events: new Map(),
    webhookEndpoints: new Map(),
    idempotency: new Map(),
    deliveries: [],
    faults: noFaults(),
  };
}

/** The whole in-memory state; `changed()` tells persistence something needs saving. */
export class Store {
  readonly accounts = new Map<string, AccountState>();
  readonly threeDsTokens = new Map<string, ThreeDsTokenRecord>();
  private changeListeners: Array<() => void> = [];
  private createListeners: Array<(account: AccountState) => void> = [];

  account(id: string): AccountState {
    let account = this.accounts.get(id);
    if (!account) {
      account = emptyAccount(id);
      this.accounts.set(id, account);
      for (const listener of this.createListeners) listener(account);
    }
    return account;
  }

  /** Forgets one account (or all), including its 3DS tokens. */
  reset(accountId: string | null): void {
    if (accountId === null) {
      this.accounts.clear();
      this.threeDsTokens.clear();
    } else {
      this.accounts.delete(accountId);
      for (const [token, record] of this.threeDsTokens) {
        if (record.accountId === accountId) this.threeDsTokens.delete(token);
      }
    }
    this.changed();
  }

  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  onAccountCreated(listener: (account: AccountState) => void): void {
    this.createListeners.push(listener);
  }
}
