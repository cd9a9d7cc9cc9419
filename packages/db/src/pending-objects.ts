import type { Db } from './client';

/**
 * Reads an object from the PendingObject outbox (committed, not uploaded yet): the `pending` source of
 * an ObjectStore, so that every server-side reader finds a mask in the moments between its commit and
 * its upload, or after an upload that failed and waits for the sweep.
 */
export function pendingObjectReader(db: Db): (key: string) => Promise<Uint8Array | null> {
  return async (key) => {
    const rows = await db.$queryRaw<{ body: Uint8Array }[]>`
      select body from "PendingObject" where key = ${key}`;
    return rows[0]?.body ?? null;
  };
}
