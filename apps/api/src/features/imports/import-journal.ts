import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';

/** Records each object key an import attempt is about to write (before the upload starts). */
export function importObjectJournal(db: Db, jobId: string): (key: string) => Promise<void> {
  return async (key) => {
    await db.importJobObject.createMany({ data: [{ jobId, key }], skipDuplicates: true });
  };
}

/**
 * Removes the objects an earlier attempt of this job wrote that no committed specimen or patch
 * references (the attempt died before committing or rolling back), then empties the journal.
 * Idempotent: removing a key twice is harmless. Returns how many objects were removed.
 */
export async function removeJournalledOrphans(db: Db, store: ObjectStore, jobId: string): Promise<number> {
  const rows = await db.importJobObject.findMany({ where: { jobId }, select: { key: true } });
  if (rows.length === 0) return 0;
  const keys = rows.map((r) => r.key);
  const referencing = { OR: [{ imageKey: { in: keys } }, { maskKey: { in: keys } }] };
  const select = { imageKey: true, maskKey: true } as const;
  const [specimens, patches] = await Promise.all([
    db.specimen.findMany({ where: referencing, select }),
    db.patch.findMany({ where: referencing, select }),
  ]);
  const keep = new Set([...specimens, ...patches].flatMap((r) => [r.imageKey, r.maskKey ?? '']));
  const orphans = keys.filter((k) => !keep.has(k));
  if (orphans.length > 0) await store.removeMany(orphans);
  await db.importJobObject.deleteMany({ where: { jobId } });
  return orphans.length;
}
