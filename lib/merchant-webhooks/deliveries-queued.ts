import { EventEmitter } from 'node:events';

const holder = globalThis as typeof globalThis & { tillpointDeliveryBus?: EventEmitter };
const bus = () => (holder.tillpointDeliveryBus ??= new EventEmitter());

/**
 * Called after a commit that queued webhook deliveries, so the worker in this process sends them at
 * once instead of at its next tick. Only an accelerator: the worker's poll finds them anyway.
 */
export function announceDeliveriesQueued(): void {
  bus().emit('queued');
}

export function onDeliveriesQueued(listener: () => void): () => void {
  bus().on('queued', listener);
  return () => bus().off('queued', listener);
}
