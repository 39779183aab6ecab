import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';

export type Child = { name: string; process: ChildProcess; exited: Promise<number | null> };

/**
 * Starts a child process that shares our terminal, its output prefixed with its name (and appended to
 * the file TILLPOINT_SERVER_LOG names, when set: the end-to-end tests scan it for secrets).
 */
export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        process.stdout.write(prefix + line + '\n');
        if (process.env.TILLPOINT_SERVER_LOG) appendFileSync(process.env.TILLPOINT_SERVER_LOG, prefix + line + '\n');
      }
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, process: child, exited };
}

/** Asks each child to stop (SIGTERM), then forces those still running after `graceMs`. */
export async function stopChildren(children: Child[], graceMs = 5000): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.process.exitCode !== null || child.process.signalCode !== null) return;
      child.process.kill('SIGTERM');
      const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
      await child.exited;
      clearTimeout(timer);
    }),
  );
}

/** Polls `url` until it answers 2xx, the child dies, or `timeoutMs` passes. */
export async function waitForHttp(url: string, child: Child, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void child.exited.then(() => (dead = true));
  while (Date.now() < deadline && !dead) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
