import { timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;
const MAX_STARTUP_BYTES = 10_000;

/** AuthenticationCleartextPassword: PGlite itself trusts everyone, so the password is asked here. */
const ASK_PASSWORD = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat(
    [
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', code],
      ['M', message],
    ]
      .map(([tag, value]) => Buffer.from(`${tag}${value}\0`, 'utf8'))
      .concat(Buffer.from([0])),
  );
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given, 'utf8'), Buffer.from(expected, 'utf8')];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Runs the start of the PostgreSQL wire protocol on a fresh socket: declines SSL, reads the startup
 * message, asks for the password in clear (loopback only) and checks it. Resolves with the bytes to
 * hand to PGlite (the startup message and whatever followed the password), or null after refusing
 * and closing the socket: a wrong password, a malformed or oversized message, or silence past `timeoutMs`.
 */
export function authenticateStartup(socket: Socket, password: string, timeoutMs = 10_000): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    let startup: Buffer | null = null;
    const timer = setTimeout(() => refuse('08P01', 'authentication timed out'), timeoutMs);
    const finish = (result: Buffer | null) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(result);
    };
    const refuse = (code: string, message: string) => {
      if (socket.writable) socket.end(errorResponse(code, message));
      socket.destroy();
      finish(null);
    };
    const onClose = () => finish(null);
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length > MAX_STARTUP_BYTES) return refuse('08P01', 'startup message too long');
      while (startup === null && buffer.length >= 8) {
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (length === 8 && (code === SSL_REQUEST || code === GSSENC_REQUEST)) {
          socket.write('N');
          buffer = buffer.subarray(8);
          continue;
        }
        if (length < 8 || code !== PROTOCOL_3) return refuse('08P01', 'unsupported startup message');
        if (buffer.length < length) return;
        startup = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        socket.write(ASK_PASSWORD);
      }
      if (startup === null || buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer[0] !== 0x70 || length < 5) return refuse('08P01', 'expected a password message');
      if (buffer.length < length + 1) return;
      const given = buffer.subarray(5, length).toString('utf8').replace(/\0$/, '');
      if (!sameSecret(given, password)) return refuse('28P01', 'password authentication failed');
      socket.pause();
      finish(Buffer.concat([startup, buffer.subarray(length + 1)]));
    };
    socket.on('data', onData);
    socket.on('close', onClose);
  });
}
