import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { DomainError } from './domain-error';

/*
 * The upload side of the PendingObject outbox (prisma/schema.prisma). A save that stores an object
 * writes its bytes into PendingObject in the same transaction as the row that names it, so nothing
 * waits for the object store before the commit and a store that is slow, frozen or down loses nothing.
 * Right after the commit the object is uploaded in the background and its row forgotten; a row whose
 * upload failed (store down, process killed) is uploaded by the periodic sweep. Until then
 * ObjectStore.get reads it from the table (pendingObjectReader), so server-side readers never miss it.
 */

export interface PendingObject {
  key: string;
  body: Uint8Array;
  contentType: string;
}

/**
 * How long an upload waits after its commit. Nothing needs the object sooner (readers fall back to
 * the outbox), while the request that committed it usually has more to do right away: its answer,
 * and the annotator's next claim, often in the same request (submitAndClaimNext). Uploading at once
 * put the upload's CPU (signing, the store's handling) in front of that claim.
 */
const UPLOAD_DELAY_MS = 50;

/**
 * Uploaded objects' rows are deleted together, at most this long after their upload: one statement
 * for a burst instead of one per save. A row that outlives its upload only costs space (and a second,
 * identical upload if the sweep sees it first).
 */
const FORGET_AFTER_MS = 1000;

/**
 * Uploads after commit are skipped (left in the outbox for the sweep) while this many are in flight,
 * and for this long after one failed: a frozen store would otherwise collect an open connection per
 * save until its idle deadline, and an unreachable one a failed attempt per save. Under normal load
 * a replica has a few in flight at most (each takes milliseconds).
 */
const MAX_IN_FLIGHT = 16;
const BACK_OFF_AFTER_FAILURE_MS = 30_000;

interface Uploads {
  inFlight: Set<Promise<void>>;
  /** When the latest upload failed (0: none has). */
  failedAt: number;
  uploaded: Set<string>;
  forgetTimer: NodeJS.Timeout | null;
  forgetting: Promise<void>;
}

// keyed by the client so that two API instances in one process (tests) keep separate queues
const uploadsByDb = new WeakMap<Db, Uploads>();

function uploadsOf(db: Db): Uploads {
  let uploads = uploadsByDb.get(db);
  if (!uploads) {
    uploads = {
      inFlight: new Set(),
      failedAt: 0,
      uploaded: new Set(),
      forgetTimer: null,
      forgetting: Promise.resolve(),
    };
    uploadsByDb.set(db, uploads);
  }
  return uploads;
}

/**
 * Uploads an object whose row committed, in the background, unless the store is failing or busy (the
 * row then waits for uploadPendingObjects). Never rejects: a failed upload is logged and its row stays
 * for the sweep.
 */
export function uploadAfterCommit(db: Db, store: ObjectStore, object: PendingObject): void {
  const uploads = uploadsOf(db);
  const failing = Date.now() - uploads.failedAt < BACK_OFF_AFTER_FAILURE_MS;
  if (failing || uploads.inFlight.size >= MAX_IN_FLIGHT) return;
  const flight = sleep(UPLOAD_DELAY_MS)
    .then(() => store.put(object.key, object.body, object.contentType))
    .then(
      () => forgetLater(db, uploads, object.key),
      (error: unknown) => {
        uploads.failedAt = Date.now();
        console.error(`upload of ${object.key} failed (kept in PendingObject for the sweep): ${why(error)}`);
      },
    )
    .finally(() => uploads.inFlight.delete(flight));
  uploads.inFlight.add(flight);
}

/** Uploads this process has started after commits and not finished (tests). */
export const uploadsInFlight = (db: Db): number => uploadsByDb.get(db)?.inFlight.size ?? 0;

/** Resolves once this process's uploads ended and the rows of the uploaded ones are deleted. */
export async function pendingUploadsSettled(db: Db): Promise<void> {
  const uploads = uploadsByDb.get(db);
  if (!uploads) return;
  while (uploads.inFlight.size > 0) await Promise.allSettled([...uploads.inFlight]);
  forgetNow(db, uploads);
  await uploads.forgetting;
}

function forgetLater(db: Db, uploads: Uploads, key: string): void {
  uploads.uploaded.add(key);
  uploads.forgetTimer ??= setTimeout(() => forgetNow(db, uploads), FORGET_AFTER_MS);
}

function forgetNow(db: Db, uploads: Uploads): void {
  if (uploads.forgetTimer) clearTimeout(uploads.forgetTimer);
  uploads.forgetTimer = null;
  if (uploads.uploaded.size === 0) return;
  const keys = [...uploads.uploaded];
  uploads.uploaded.clear();
  uploads.forgetting = uploads.forgetting
    .then(() => forget(db, keys))
    .catch((error: unknown) => {
      console.error(`could not forget ${keys.length} uploaded object(s): ${String(error)}`);
    });
}

async function forget(db: Db, keys: string[]): Promise<void> {
  await db.$executeRaw`delete from "PendingObject" where key = any(${keys}::text[])`;
}

export interface PendingSweep {
  uploaded: number;
  /** Rows the sweep found but did not upload (it stops at the first failure). */
  failed: number;
}

export interface PendingSweepOptions {
  /** Rows younger than this are left to the upload that follows their commit (default 30 s). */
  olderThanMs?: number;
  limit?: number;
  /** Only keys under this prefix (one dataset's: `datasets/<id>/`). */
  prefix?: string;
}

/**
 * Uploads committed objects whose upload did not happen (failed, or the process died first), oldest
 * first, and forgets them. Stops at the first failure: the store is most likely down, and the next
 * sweep tries again.
 */
export async function uploadPendingObjects(
  db: Db,
  store: ObjectStore,
  { olderThanMs = 30_000, limit = 200, prefix = '' }: PendingSweepOptions = {},
): Promise<PendingSweep> {
  const rows = await db.$queryRaw<PendingObject[]>`
    select key, body, "contentType" from "PendingObject"
    where "createdAt" < now() - make_interval(secs => ${olderThanMs / 1000}::float8)
      and starts_with(key, ${prefix})
    order by "createdAt" limit ${limit}::int`;
  const uploaded: string[] = [];
  let failed = 0;
  for (const row of rows) {
    try {
      await store.put(row.key, row.body, row.contentType);
      uploaded.push(row.key);
    } catch (error) {
      failed = rows.length - uploaded.length;
      console.error(
        `pending upload sweep: ${row.key} failed, ${failed} left for the next sweep: ${why(error)}`,
      );
      break;
    }
  }
  if (uploaded.length > 0) await forget(db, uploaded);
  // the store answers again: saves may upload right after their commit again
  if (failed === 0 && uploaded.length > 0) uploadsOf(db).failedAt = 0;
  return { uploaded: uploaded.length, failed };
}

/** The store's own reason (a STORAGE_UNAVAILABLE error's message is written for the user of a request). */
function why(error: unknown): string {
  if (error instanceof DomainError) return `${error.code} (${String(error.details?.cause ?? error.message)})`;
  return String(error);
}
