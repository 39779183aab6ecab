import { startSandbox } from './server.js';

/** CLI entry (`npm run sandbox`): settings from the environment, see sandbox/README.md. */
function readEnv() {
  const env = process.env;
  const port = Number(env.SANDBOX_PORT ?? 12111);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`SANDBOX_PORT must be a port number, got ${env.SANDBOX_PORT}`);
  const webhookUrl = env.SANDBOX_WEBHOOK_URL || null;
  const webhookSecret = env.SANDBOX_WEBHOOK_SECRET || null;
  if (webhookUrl && !webhookSecret?.startsWith('whsec_')) {
    throw new Error('SANDBOX_WEBHOOK_URL needs SANDBOX_WEBHOOK_SECRET, a whsec_... secret');
  }
  const schedule = env.SANDBOX_WEBHOOK_RETRY_SCHEDULE?.split(',').map((s) => Number(s.trim()));
  if (schedule?.some((n) => !Number.isFinite(n) || n < 0)) {
    throw new Error(
      `SANDBOX_WEBHOOK_RETRY_SCHEDULE must be comma-separated seconds, got ${env.SANDBOX_WEBHOOK_RETRY_SCHEDULE}`,
    );
  }
  const reauth = env.SANDBOX_REAUTH_WINDOW_SECONDS ? Number(env.SANDBOX_REAUTH_WINDOW_SECONDS) : undefined;
  if (reauth !== undefined && !(reauth >= 0))
    throw new Error('SANDBOX_REAUTH_WINDOW_SECONDS must be a number of seconds');
  return {
    port,
    host: env.SANDBOX_HOST || '127.0.0.1',
    publicUrl: env.SANDBOX_PUBLIC_URL || undefined,
    stateFile: env.SANDBOX_STATE_FILE || null,
    webhookUrl,
    webhookSecret,
    webhookRetrySchedule: schedule,
    reauthWindowSeconds: reauth,
  };
}

const sandbox = await startSandbox(readEnv());
process.stdout.write(`Stripe sandbox listening on ${sandbox.url} (public URL ${sandbox.publicUrl})\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`sandbox: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  });
}
