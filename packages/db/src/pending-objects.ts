import type { Db } from './client';

/** A committed object waiting in the PendingObject outbox for its upload. */
export interface PendingObjectBody {
  body: Uint8Array;
  contentType: string;
}

/** The outbox's objects among `keys` (committed, not uploaded yet), by key; absent keys are not pending. */
export async function pendingObjectsByKey(
  db: Db,
  keys: readonly string[],
): Promise<Map<string, PendingObjectBody>> {
  const rows = await db.pendingObject.findMany({
    where: { key: { in: [...new Set(keys)] } },
    select: { key: true, body: true, contentType: true },
  });
  return new Map(rows.map(({ key, ...object }) => [key, object]));
}

/**
 * Reads an object from the PendingObject outbox (committed, not uploaded yet): the `pending` source of
 * an ObjectStore, so that every server-side reader finds a mask in the moments between its commit and
 * its upload, or after an upload that failed and waits for the sweep.
 */
export function pendingObjectReader(db: Db): (key: string) => Promise<Uint8Array | null> {
  return async (key) => (await pendingObjectsByKey(db, [key])).get(key)?.body ?? null;
}
