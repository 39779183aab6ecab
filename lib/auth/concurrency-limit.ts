/** Thrown when more tasks wait than the limit queues: the caller answers "busy" at once. */
export class ConcurrencyLimitBusy extends Error {
  constructor() {
    super('too many tasks waiting');
  }
}

/**
 * Runs at most `max` tasks at a time and queues at most `maxQueued` more, first come first served;
 * beyond that a task is refused rather than piling up work no one will wait for.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly maxQueued: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) {
      if (this.waiting.length >= this.maxQueued) throw new ConcurrencyLimitBusy();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
