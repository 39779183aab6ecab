import { randomBytes } from 'node:crypto';

const holder = globalThis as typeof globalThis & { tillpointInstanceId?: string };

/** This process's id among the instances on one database: in job claims, notifications and logs. */
export function instanceId(): string {
  holder.tillpointInstanceId ??= `ins_${randomBytes(6).toString('hex')}`;
  return holder.tillpointInstanceId;
}
