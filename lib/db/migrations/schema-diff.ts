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
    const factory = new DisposablePg(scratch.url);
    const engine = await SchemaEngine.new(
      { datamodels: [['schema.prisma', to]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    const result = await engine.diff({
      from: source(from),
      to: source(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    engine.free();
    await factory.disposeAll();
    return result.stdout ?? '';
  } finally {
    await scratch.close();
  }
}

/** PrismaPg that remembers the connections the engine opens, so they can be closed after the diff. */
class DisposablePg extends PrismaPg {
  private readonly opened: { dispose(): Promise<void> }[] = [];

  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter);
    return adapter;
  }

  async disposeAll(): Promise<void> {
    await Promise.all(this.opened.map((adapter) => adapter.dispose()));
  }
}

type SchemaEngineModule = typeof import('@prisma/schema-engine-wasm');

let loaded: Promise<SchemaEngineModule> | undefined;

/** Node 20 cannot import a `.wasm` ES module without a flag, so instantiate the bindings by hand, once. */
function loadSchemaEngine(): Promise<SchemaEngineModule> {
  loaded ??= instantiateSchemaEngine();
  return loaded;
}

async function instantiateSchemaEngine(): Promise<SchemaEngineModule> {
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
