import { Agent, request as httpRequest } from 'node:http';
import { appUrl } from './e2e-env';

export type LoopbackReply = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

const agents = new Map<string, Agent>();

/** Kept-alive connections per source address, so floods from one address are fast enough to trip limits. */
function agentFor(localAddress: string): Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 64, localAddress } as ConstructorParameters<typeof Agent>[0]);
    agents.set(localAddress, agent);
  }
  return agent;
}

/**
 * An HTTP request to Tillpoint from a chosen loopback source address (any 127.x.y.z on Linux), so a
 * test can be several clients whose socket addresses differ, as a proxy or attacker would be.
 */
export function requestFrom(
  localAddress: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer | string; origin?: string } = {},
): Promise<LoopbackReply> {
  const url = new URL(path, (init.origin ?? appUrl).replace('localhost', '127.0.0.1'));
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method: init.method ?? 'GET', headers: init.headers, localAddress, agent: agentFor(localAddress) },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}

/** The hidden fields Next.js renders into a server-action form, so it can be posted without JavaScript. */
function hiddenFields(html: string): [string, string][] {
  const unescape = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [
    match[1]!,
    unescape(match[2] ?? ''),
  ]);
}

/** Submits the dashboard sign-in form from `localAddress` as a browser without JavaScript would; returns the page. */
export async function postSignIn(
  localAddress: string,
  email: string,
  password: string,
  origin?: string,
): Promise<LoopbackReply> {
  const page = await requestFrom(localAddress, '/dashboard/login', { origin });
  const form = new FormData();
  for (const [name, value] of hiddenFields(page.text)) form.append(name, value);
  form.append('email', email);
  form.append('password', password);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  return requestFrom(localAddress, '/dashboard/login', {
    method: 'POST',
    headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) },
    body,
    origin,
  });
}
