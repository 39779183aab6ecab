// Calls a Next.js server action over HTTP the way the page's own client does: POST to the page's path
// with the action's id in `Next-Action` and the arguments as JSON; the answer is an RSC stream whose
// row 1 holds the action's return value. Action ids come from the production build's manifest.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../support/launcher';

type Manifest = { node: Record<string, { exportedName?: string }> };

/** The action id of `exportedName` in the current build. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`no server action named ${exportedName} in the build`);
  return found[0];
}

export class ActionHttpError extends Error {
  constructor(readonly status: number) {
    super(`server action answered HTTP ${status}`);
  }
}

export async function callServerAction<T>(appUrl: string, pagePath: string, id: string, args: unknown[], clientIp: string, timeoutMs = 30_000): Promise<T> {
  const response = await fetch(`${appUrl}${pagePath}`, {
    method: 'POST',
    headers: {
      'Next-Action': id,
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      'X-Forwarded-For': clientIp,
    },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) throw new ActionHttpError(response.status);
  const row = text.split('\n').find((line) => line.startsWith('1:'));
  if (!row) throw new Error(`server action answer without a value: ${text.slice(0, 200)}`);
  return JSON.parse(row.slice(2)) as T;
}
