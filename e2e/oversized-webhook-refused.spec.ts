import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { E2E } from './support/e2e-env';

const MB = 1024 * 1024;

/**
 * POSTs to the Stripe webhook route with chunked encoding (no Content-Length), 64 KB at a time, until
 * the server answers or `maxBytes` went out. Returns the status and how much had been sent by then.
 */
function streamUntilAnswered(maxBytes: number): Promise<{ status: number; sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: E2E.appPort,
        path: '/api/stripe/webhook',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
      },
      (incoming) => {
        answered = true;
        resolve({ status: incoming.statusCode ?? 0, sentBeforeAnswer: sent });
        outgoing.destroy();
      },
    );
    outgoing.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', pump);
      }
      if (!answered) outgoing.end();
    };
    pump();
  });
}

test('a 2 MB body to the Stripe webhook is refused with 413 by its Content-Length, before the signature is checked', async ({
  request,
}) => {
  const response = await request.post('/api/stripe/webhook', {
    headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
    data: Buffer.alloc(2 * MB, 'a'),
  });
  expect(response.status()).toBe(413);
});

test('an endless body without Content-Length is cut off at 1 MB: 413 long before the sender stops', async () => {
  const { status, sentBeforeAnswer } = await streamUntilAnswered(200 * MB);
  expect(status).toBe(413);
  expect(sentBeforeAnswer).toBeLessThan(20 * MB);
});
