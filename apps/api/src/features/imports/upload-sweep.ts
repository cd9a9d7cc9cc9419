import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';

export interface UploadSweep {
  /** Uploads marked REJECTED, their objects (if any arrived) removed. */
  swept: number;
}

const SWEEP_BATCH = 100;
const ABANDONED = 'never completed: removed after its upload URL expired';

/**
 * Uploads requested and never completed (specimen images, dataset archives) kept their object in the
 * store forever. Once the URL has expired and `graceSeconds` more have passed (time to call complete
 * after a slow PUT), the object is removed, then the row marked REJECTED with the reason (only if
 * still PENDING: a completion that won the race keeps its status). A removal that fails (store down)
 * leaves the row PENDING for the next sweep, so no object is forgotten. Runs on the API's periodic
 * sweep (main.ts); replicas sweeping at once remove the same object twice, which is harmless.
 */
export async function sweepAbandonedUploads(
  db: Db,
  store: ObjectStore,
  graceSeconds: number,
): Promise<UploadSweep> {
  const before = new Date(Date.now() - graceSeconds * 1000);
  const due = await db.upload.findMany({
    where: { status: 'PENDING', expiresAt: { lt: before } },
    select: { id: true, objectKey: true },
    orderBy: { expiresAt: 'asc' },
    take: SWEEP_BATCH,
  });
  let swept = 0;
  for (const upload of due) {
    await store.remove(upload.objectKey);
    const marked = await db.upload.updateMany({
      where: { id: upload.id, status: 'PENDING' },
      data: { status: 'REJECTED', error: ABANDONED },
    });
    swept += marked.count;
  }
  return { swept };
}
