import type { Db } from '@/lib/db/create-prisma';
import { createMerchant } from '@/lib/merchants/create-merchant';
import { createEndpoint } from '@/lib/merchant-api/webhook-endpoints/create-endpoint';
import type { EventType } from '@/lib/merchant-webhooks/event-types';
import { recordEvent } from '@/lib/merchant-webhooks/record-event';
import type { Responder, WebhookReceiver } from './webhook-receiver';

/** A merchant with helpers to register endpoints on `receiver` and to record events, for worker tests. */
export async function webhookFixture(db: Db, receiver: WebhookReceiver, name: string) {
  const merchant = await createMerchant(db, { name });
  return {
    merchantId: merchant.id,
    async endpoint(path: string, options: { events?: string[]; responder?: Responder } = {}) {
      const created = await createEndpoint(db, merchant.id, {
        url: receiver.url(path),
        enabled_events: options.events ?? ['*'],
      });
      receiver.route(path, created.secret, options.responder);
      return created;
    },
    async emit(
      type: EventType = 'payment.succeeded',
      object: Record<string, string> = { id: 'pay_test', object: 'payment' },
    ) {
      return (await db.$transaction((tx) => recordEvent(tx, { merchantId: merchant.id, type, object }))).eventId;
    },
    /** Soft-deletes the merchant's endpoints, so that later tests' workers leave their deliveries alone. */
    async retire() {
      await db.webhookEndpoint.updateMany({ where: { merchantId: merchant.id }, data: { deletedAt: new Date() } });
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
