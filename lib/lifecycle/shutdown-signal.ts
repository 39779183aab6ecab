import { EventEmitter } from 'node:events';

const holder = globalThis as typeof globalThis & { tillpointShutdown?: EventEmitter };

function emitter(): EventEmitter {
  if (!holder.tillpointShutdown) {
    holder.tillpointShutdown = new EventEmitter();
    holder.tillpointShutdown.setMaxListeners(0);
  }
  return holder.tillpointShutdown;
}

/** How long a browser waits before reconnecting a status stream this instance ended on shutdown. */
export const RECONNECT_AFTER_MS = 500;

/** Long-lived responses (status streams) register here to end themselves when the instance stops. */
export function onShutdown(listener: () => void): () => void {
  emitter().once('shutdown', listener);
  return () => emitter().off('shutdown', listener);
}

export function announceShutdown(): void {
  emitter().emit('shutdown');
}
