import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngine = glue.SchemaEngine;

/**
 * Loads the Wasm schema engine the Prisma CLI ships (node_modules/prisma/build/schema_engine_bg.wasm),
 * so diffs come from exactly the engine build (8.1.0-1.d1b3f377…) that Prisma 7.10 uses. The CLI
 * bundles no JS bindings for it, and no npm release of @prisma/schema-engine-wasm has that build; the
 * wasm-bindgen glue of 8.1.0-2.59be4fda… was checked to satisfy the same 90 imports and 30 exports
 * (same byte size, only import order differs), so we pair that glue with the CLI's binary.
 * The glue keeps the instance in module state, so this loads once per process.
 */
let instantiated: Promise<void> | undefined;

function cliWasmPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
}

// The repo compiles without the DOM lib and @types/node 20 declares no WebAssembly value, so we
// describe the one call we need.
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

async function instantiate(): Promise<void> {
  const bytes = await readFile(cliWasmPath());
  // The wasm imports every binding from the module "./schema_engine_bg.js" (wasm-bindgen's layout).
  const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start !== 'function') throw new Error('schema engine wasm lacks __wbindgen_start');
  start();
}

export async function createSchemaEngine(
  adapter: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  instantiated ??= instantiate();
  await instantiated;
  // `datamodels: undefined`: every call passes its schema explicitly.
  return glue.SchemaEngine.new({ datamodels: undefined }, log, adapter);
}
