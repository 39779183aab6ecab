import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export type ProductionServer = {
  url: string;
  port: number;
  /** Every line the server printed (stdout and stderr), over all its lives. */
  readonly lines: string[];
  /** Starts `next start` (its own process group) and waits until /api/health answers. */
  start(): Promise<void>;
  /** SIGKILLs the whole process group at once: no shutdown hook, no finally block runs. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  running(): boolean;
  /** Resolves when a line printed from now on matches. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
};

/** Fails with one clear sentence when there is no production build to start. */
export function assertProductionBuild(root = process.cwd()): void {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error(
      `No production build in ${root}/.next: run \`npx next build\` (or \`npm test\`, which builds) before the resilience tests.`,
    );
  }
}

/**
 * The real production server (`next start -p <port>`) as a child process group, with `env` as its
 * whole environment. It can be killed with SIGKILL and started again on the same database.
 */
export function productionServer(
  port: number,
  env: NodeJS.ProcessEnv,
  options: { echo?: boolean } = {},
): ProductionServer {
  assertProductionBuild();
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const record = (line: string) => {
    lines.push(line);
    if (options.echo) process.stderr.write(`[app:${port}] ${line}\n`);
    for (const listener of listeners) listener(line);
  };

  const running = () => child !== null && child.exitCode === null && child.signalCode === null;

  async function start(): Promise<void> {
    if (running()) throw new Error('the production server is already running');
    const next = require.resolve('next/dist/bin/next');
    const proc = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    // A test that dies or times out must not leave a detached server behind.
    const killOnExit = () => {
      try {
        process.kill(-proc.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    process.once('exit', killOnExit);
    exited = new Promise((resolve) =>
      proc.once('exit', () => {
        process.removeListener('exit', killOnExit);
        resolve();
      }),
    );
    for (const stream of [proc.stdout, proc.stderr]) {
      let pending = '';
      stream?.on('data', (chunk: Buffer) => {
        const parts = (pending + chunk.toString()).split('\n');
        pending = parts.pop() ?? '';
        for (const line of parts) if (line.trim()) record(line);
      });
    }
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (!running()) throw new Error(`next start exited before it was healthy:\n${lines.slice(-20).join('\n')}`);
      try {
        const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`next start did not become healthy on port ${port} within 60 s`);
  }

  async function signal(name: NodeJS.Signals): Promise<void> {
    if (!child?.pid || !running()) return;
    try {
      process.kill(-child.pid, name);
    } catch {
      // the group is already gone
    }
  }

  return {
    url,
    port,
    lines,
    start,
    running,
    async kill() {
      await signal('SIGKILL');
      await exited;
    },
    async stop(graceMs = 5000) {
      await signal('SIGTERM');
      const timer = setTimeout(() => void signal('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    waitForLine(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no server line matched ${pattern} within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(line);
        };
        listeners.add(check);
      });
    },
  };
}
