import { EventEmitter } from 'node:events';
import type { PaymentStatus } from './payment-state';

export type PaymentUpdate = { paymentId: string; status: PaymentStatus; errorMessage: string | null };

const holder = globalThis as typeof globalThis & { tillpointPaymentBus?: EventEmitter };

function bus(): EventEmitter {
  if (!holder.tillpointPaymentBus) {
    holder.tillpointPaymentBus = new EventEmitter();
    holder.tillpointPaymentBus.setMaxListeners(0);
  }
  return holder.tillpointPaymentBus;
}

/**
 * In-process push of committed payment changes to waiting pages (server-sent events). Pages on another
 * instance fall back to a slow database poll, so this is an accelerator, never the source of truth.
 */
export function publishPaymentUpdate(update: PaymentUpdate): void {
  bus().emit(update.paymentId, update);
}

export function subscribeToPayment(paymentId: string, listener: (update: PaymentUpdate) => void): () => void {
  bus().on(paymentId, listener);
  return () => bus().off(paymentId, listener);
}
