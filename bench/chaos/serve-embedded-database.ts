// Child process of the chaos bench: serves a PGlite database directory on a port until killed, so the
// database outlives every kill of the app (and PGlite's CPU stays out of the bench's event loop).
import { servePglite } from '@/lib/db/embedded/serve-pglite';

const [dataDir, port] = process.argv.slice(2);
const password = process.env.CHAOS_PGLITE_PASSWORD;
if (!dataDir || !port || !password)
  throw new Error('usage: CHAOS_PGLITE_PASSWORD=... serve-embedded-database.ts <dir> <port>');
const server = await servePglite(dataDir, Number(port), password);
process.stdout.write(`${server.url}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
