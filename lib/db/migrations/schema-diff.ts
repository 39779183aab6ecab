import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { servePglite } from '../embedded/serve-pglite';

type SchemaSource = { tag: 'empty' } | { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };

const require = createRequire(import.meta.url);

/**
 * Returns the SQL that turns the `from` datamodel into the `to` datamodel, computed offline by Prisma's
 * WebAssembly schema engine. The engine insists on a connection at start, so it gets a throwaway
 * in-memory PGlite; the diff itself reads only the two datamodels.
 */
export async function diffDatamodels(from: string | null, to: string): Promise<string> {
  const { SchemaEngine } = await loadSchemaEngine();
  const source = (content: string | null): SchemaSource =>
    content === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] };
  const scratch = await servePglite(null);
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(scratch.url));
    const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', to]] }, () => {}, adapter);
    const result = await engine.diff({
      from: source(from),
      to: source(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? '';
  } finally {
    await scratch.close();
  }
}

type SchemaEngineModule = typeof import('@prisma/schema-engine-wasm');

/** Node 20 cannot import a `.wasm` ES module without a flag, so instantiate the bindings by hand. */
async function loadSchemaEngine(): Promise<SchemaEngineModule> {
  const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bindings = (await import(bindingsPath)) as SchemaEngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const wasmBytes = await readFile(bindingsPath.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { './schema_engine_bg.js': bindings as never });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}
