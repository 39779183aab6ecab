/**
 * Counts long-lived responses (server-sent events) held open per key, up to `max` each. `open`
 * returns the function that gives the place back, or null when the key already holds `max`.
 */
export class OpenStreamLimit {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  acquire(key: string): (() => void) | null {
    const count = this.open.get(key) ?? 0;
    if (count >= this.max) return null;
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left === 0) this.open.delete(key);
      else this.open.set(key, left);
    };
  }
}
