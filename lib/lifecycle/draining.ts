const holder = globalThis as typeof globalThis & {
  tillpointDraining?: boolean;
  tillpointDeliveriesInFlight?: Set<string>;
};

/** True once SIGTERM arrived: /api/ready answers 503 and workers claim nothing new. */
export function isDraining(): boolean {
  return holder.tillpointDraining === true;
}

export function startDraining(): void {
  holder.tillpointDraining = true;
}

/** Merchant webhook deliveries this process holds a lease on and is attempting now. */
export function deliveriesInFlight(): Set<string> {
  holder.tillpointDeliveriesInFlight ??= new Set();
  return holder.tillpointDeliveriesInFlight;
}
