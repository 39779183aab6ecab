import type { z } from 'zod';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Parses settings, treating empty strings as unset. A failure becomes one line naming the setting,
 * never its value (values may be secrets).
 */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.path.join('.') || 'configuration';
  const problem =
    issue.code === 'invalid_type' && issue.input === undefined ? 'is required but not set' : issue.message;
  throw new ConfigError(`Configuration error: ${name} ${problem} (see .env.example)`);
}
