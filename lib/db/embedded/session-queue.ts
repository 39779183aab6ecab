import type { PGlite } from '@electric-sql/pglite';

type Job = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

/** Message types after which a client's request is complete (Sync, simple Query, Terminate). */
const BOUNDARY_TYPES = new Set(['S', 'Q', 'X']);

/**
 * Serialises many client connections onto PGlite's single backend.
 *
 * Invariant: once a connection's message runs, that connection owns the backend until its request
 * ends at a protocol boundary (Sync / Query / Terminate / startup) *and* no transaction is open.
 * So no other client can interleave with an extended-protocol exchange (unnamed statements, portals)
 * or with an open transaction. pglite-socket's own queue switches clients per message, which lets two
 * clients' Parse/Bind messages mix.
 */
export class SessionQueue {
  private readonly jobs: Job[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.jobs.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.jobs.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.jobs.length - 1; i >= 0; i--) {
      const job = this.jobs[i]!;
      if (job.handlerId !== handlerId) continue;
      this.jobs.splice(i, 1);
      job.reject(new Error('connection closed'));
    }
  }

  /** A connection went away: roll back what it left open and hand the backend on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.drain();
  }

  private nextJob(): Job | undefined {
    const index = this.owner === null ? 0 : this.jobs.findIndex((job) => job.handlerId === this.owner);
    return index === -1 ? undefined : this.jobs.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.nextJob(); job; job = this.nextJob()) {
        this.owner = job.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(job.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                job.onData(data);
              },
            }),
          );
          job.resolve(bytes);
        } catch (error) {
          job.reject(error);
        }
        if (isBoundary(job.message) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.running = false;
    }
  }
}

function isBoundary(message: Uint8Array): boolean {
  const first = message[0];
  // A startup message begins with its int32 length, so its first byte is 0 (no type letter).
  if (first === undefined || first === 0) return true;
  return BOUNDARY_TYPES.has(String.fromCharCode(first));
}
