import { initBackend } from '../src/backend/backend-select.js';

/** Tests run on the WASM backend, the one every machine here has. */
export async function useWasm(): Promise<void> {
  await initBackend({ order: ['wasm'], log: () => {} });
}
