// The production web app (`next start`) as the chaos bench runs it: its own process group, so a
// SIGKILL takes the whole server down at once, as a crash or an OOM kill would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { root } from '../support/launcher';

const require = createRequire(import.meta.url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`[chaos] ${line}\n`);

export type AppProcess = { child: ChildProcess; exited: Promise<void>; tail: string[] };

export function spawnApp(port: number, env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 200) tail.shift();
        if (process.env.BENCH_VERBOSE === '1') process.stderr.write(`[app] ${line}\n`);
      }
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, exited, tail };
}

export async function waitAppHealthy(app: AppProcess, port: number, timeoutMs = 60_000): Promise<void> {
  let dead = false;
  void app.exited.then(() => (dead = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !dead) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the app ${dead ? 'exited' : 'did not become healthy'} on port ${port}:\n${app.tail.slice(-30).join('\n')}`);
}

/** SIGKILL to the app's whole process group; resolves once it is gone. */
export async function killApp(app: AppProcess): Promise<void> {
  if (!app.child.pid) return;
  try {
    process.kill(-app.child.pid, 'SIGKILL');
  } catch {
    log('the app was already gone');
  }
  await app.exited;
}
