import { EventEmitter } from 'node:events';
import type { PaymentStatus } from './payment-state';

export type PaymentUpdate = { paymentId: string; status: PaymentStatus; errorMessage: string | null };

const holder = globalThis as typeof globalThis & {
  tillpointPaymentBus?: EventEmitter;
  tillpointPaymentRelay?: (update: PaymentUpdate) => void;
};

function bus(): EventEmitter {
  if (!holder.tillpointPaymentBus) {
    holder.tillpointPaymentBus = new EventEmitter();
    holder.tillpointPaymentBus.setMaxListeners(0);
  }
  return holder.tillpointPaymentBus;
}

/**
 * Push of committed payment changes to waiting pages (server-sent events): delivered in this process
 * at once, and to the other instances through the relay (PostgreSQL NOTIFY, lib/instances) when one is
 * installed. An accelerator, never the source of truth: pages re-read the database on every push.
 */
export function publishPaymentUpdate(update: PaymentUpdate): void {
  deliverPaymentUpdate(update);
  holder.tillpointPaymentRelay?.(update);
}

/** Hands an update to this process's waiting pages only (what the relay calls for another instance's change). */
export function deliverPaymentUpdate(update: PaymentUpdate): void {
  bus().emit(update.paymentId, update);
}

/** Installs how updates reach the other instances (null: in-process only). */
export function setPaymentRelay(relay: ((update: PaymentUpdate) => void) | null): void {
  holder.tillpointPaymentRelay = relay ?? undefined;
}

/** The payments some page of this process is waiting on (re-read after a missed-notification window). */
export function watchedPayments(): string[] {
  return bus()
    .eventNames()
    .filter((name): name is string => typeof name === 'string');
}

export function subscribeToPayment(paymentId: string, listener: (update: PaymentUpdate) => void): () => void {
  bus().on(paymentId, listener);
  return () => bus().off(paymentId, listener);
}
