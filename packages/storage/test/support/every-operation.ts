import type { ObjectStore } from '../../src';

/**
 * Every ObjectStore call that reaches the server (presigning is local and never waits), all on keys
 * under `prefix`: a timed-out write may still land once a frozen server resumes, so tests keep
 * these keys apart from the objects they check afterwards.
 */
export const everyOperation = (
  store: ObjectStore,
  prefix: string,
): Record<string, () => Promise<unknown>> => ({
  ensureBucket: () => store.ensureBucket(),
  ping: () => store.ping(),
  put: () => store.put(`${prefix}a.png`, new Uint8Array(64), 'image/png'),
  putStream: () => store.putStream(`${prefix}s.bin`, chunks(16, 1024)),
  'putStream (multipart)': () =>
    store.putStream(`${prefix}m.bin`, chunks(16, 1024), 'application/zip', { partBytes: 4096 }),
  get: () => store.get(`${prefix}a.png`),
  stat: () => store.stat(`${prefix}a.png`),
  exists: () => store.exists(`${prefix}a.png`),
  remove: () => store.remove(`${prefix}a.png`),
  removeMany: () => store.removeMany([`${prefix}a.png`, `${prefix}b.png`]),
  copy: () => store.copy(`${prefix}a.png`, `${prefix}c.png`),
  list: () => store.list(prefix),
});

async function* chunks(count: number, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < count; i += 1) yield new Uint8Array(size).fill(i);
}
