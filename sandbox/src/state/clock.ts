/**
 * The sandbox clock: wall time plus an offset that the control API can advance. Everything that
 * "ages" (created timestamps, the re-confirm window, idempotency pruning, webhook retries) reads it.
 */
export class SandboxClock {
  private listeners: Array<() => void> = [];

  constructor(public offsetMs = 0) {}

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    this.offsetMs += Math.round(seconds * 1000);
    for (const listener of this.listeners) listener();
  }

  /** Called after every advance (the webhook scheduler re-arms its timers). */
  onAdvance(listener: () => void): void {
    this.listeners.push(listener);
  }
}
