// Runs Tillpoint's launcher (npm start) as a bench's child, in its own process group so nothing it
// starts can outlive the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Launcher = { child: ChildProcess; tail: string[]; exited: Promise<number | null> };

export type LauncherOptions = {
  port: number;
  sandboxPort: number;
  dataDir: string;
  /** Empty: the embedded PGlite database. */
  databaseUrl?: string;
  env?: Record<string, string>;
};

export function startLauncher({ port, sandboxPort, dataDir, databaseUrl = '', env = {} }: LauncherOptions): Launcher {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'scripts/start.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      EMBEDDED_DB_PORT: '0',
      TILLPOINT_DATA_DIR: dataDir,
      TILLPOINT_PUBLIC_URL: `http://localhost:${port}`,
      // Empty counts as unset: the sandbox (and the embedded database unless given), whatever the shell has.
      DATABASE_URL: databaseUrl,
      STRIPE_SECRET_KEY: '',
      STRIPE_PUBLISHABLE_KEY: '',
      STRIPE_WEBHOOK_SECRET: '',
      STRIPE_API_URL: '',
      STRIPE_JS_URL: '',
      // No demo site: its default port 3001 is npm start's, and a bench must run beside npm start.
      DEMO_SITE_PORT: '0',
      ...env,
    },
  });
  const tail: string[] = [];
  const verbose = process.env.BENCH_VERBOSE === '1';
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 60) tail.shift();
        if (verbose || /build|error|exited|fail/i.test(line)) process.stderr.write(`[tillpoint] ${line}\n`);
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, tail, exited };
}

/** Waits for /api/health (and `ready()`, when given) or fails with the launcher's last lines. */
export async function waitHealthy(
  launcher: Launcher,
  port: number,
  timeoutMs = 300_000,
  ready: () => boolean = () => true,
): Promise<void> {
  let dead = false;
  void launcher.exited.then(() => (dead = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !dead) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok && ready()) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(
    `Tillpoint ${dead ? 'exited before it was healthy' : 'did not become healthy'} on port ${port}:\n${launcher.tail.join('\n')}`,
  );
}

/** SIGINT (the launcher stops the sandbox and the app, then closes the database), then kills what is left. */
export async function stopLauncher(launcher: Launcher): Promise<void> {
  const { child } = launcher;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGINT');
    const stopped = await Promise.race([launcher.exited.then(() => true), sleep(20_000).then(() => false)]);
    if (!stopped)
      process.stderr.write('[bench] launcher did not stop in 20 s after SIGINT; killing its process group\n');
  }
  if (!child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is gone
  }
}
