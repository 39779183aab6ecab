import pino, { type Logger } from 'pino';
import { instanceId } from '@/lib/lifecycle/instance-id';

const holder = globalThis as typeof globalThis & { tillpointLogger?: Logger };

/**
 * The server's JSON-lines logger (stdout). Fields named like secrets are censored as a second line of
 * defence; callers log ids (session, payment, event, request), never keys, secrets or card data.
 */
export function logger(): Logger {
  holder.tillpointLogger ??= pino({
    level: process.env.LOG_LEVEL ?? 'info',
    base: { instance: instanceId() },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['*.secret', '*.secretKey', '*.password', '*.authorization', '*.cardNumber', '*.client_secret'],
      censor: '[redacted]',
    },
  });
  return holder.tillpointLogger;
}

/** The message of an unknown thrown value, for a log line. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
