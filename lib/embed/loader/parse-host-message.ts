import { EMBED_PROTOCOL, EMBED_PROTOCOL_VERSION, MAX_EMBED_HEIGHT } from '@/lib/embed/embed-messages';
import { isObjectId } from '@/lib/ids/object-ids';
import type {} from './tillpoint-api';

/**
 * The message as a fresh event object, or null when it is not a message of this protocol version for
 * this session with the fields its type requires.
 */
export function parseHostMessage(data: unknown, session: string): TillpointEvent | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  if (message.protocol !== EMBED_PROTOCOL || message.version !== EMBED_PROTOCOL_VERSION || message.session !== session)
    return null;
  switch (message.type) {
    case 'ready':
    case 'requires_action':
    case 'processing':
    case 'expired':
    case 'close':
      return { type: message.type, session };
    case 'resize': {
      const height = message.height;
      return typeof height === 'number' && height >= 0 && height <= MAX_EMBED_HEIGHT && Math.floor(height) === height
        ? { type: 'resize', height, session }
        : null;
    }
    case 'succeeded':
    case 'authorized':
      return isObjectId('payment', message.payment) ? { type: message.type, payment: message.payment, session } : null;
    case 'failed':
      return typeof message.code === 'string' && typeof message.message === 'string'
        ? { type: 'failed', code: message.code, message: message.message, session }
        : null;
    default:
      return null;
  }
}
