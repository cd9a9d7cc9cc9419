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
  get: () => store.get(`${prefix}a.png`),
  stat: () => store.stat(`${prefix}a.png`),
  exists: () => store.exists(`${prefix}a.png`),
  remove: () => store.remove(`${prefix}a.png`),
  removeMany: () => store.removeMany([`${prefix}a.png`, `${prefix}b.png`]),
  copy: () => store.copy(`${prefix}a.png`, `${prefix}c.png`),
  list: () => store.list(prefix),
});
