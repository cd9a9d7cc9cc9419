import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { sha256Hex, toJson } from '@hep2/training';
import { z } from 'zod';
import { type CheckpointContent, decodeCheckpoint, encodeCheckpoint } from './checkpoint-format';

/** How many checkpoints a run keeps: the newest, and the one before in case the newest is corrupt. */
export const CHECKPOINTS_KEPT = 2;

const recordSchema = z.object({
  epoch: z.number().int().min(1),
  key: z.string().min(1),
  sha256: z.string().length(64),
  bytes: z.number().int().positive(),
  savedAt: z.string(),
});
export type CheckpointRecord = z.infer<typeof recordSchema>;

export interface SkippedCheckpoint {
  epoch: number;
  reason: string;
}

export interface LoadedCheckpoint {
  record: CheckpointRecord;
  content: CheckpointContent;
}

export const checkpointKey = (runId: string, epoch: number) =>
  `runs/${runId}/checkpoints/epoch-${String(epoch).padStart(4, '0')}.bin`;

/** TrainingRun.checkpoints, oldest first; entries that do not parse are ignored. */
export function parseCheckpointRecords(value: unknown): CheckpointRecord[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = recordSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Writes the object, checks its stored size, then records it on the run - only while this worker
 * still holds the run (a lost run gets no new checkpoint). Older checkpoints beyond
 * CHECKPOINTS_KEPT are deleted after the record moved on. Returns null when the run was lost.
 */
export async function saveCheckpoint(
  db: Db,
  store: ObjectStore,
  run: { id: string; workerId: string },
  content: CheckpointContent,
): Promise<CheckpointRecord | null> {
  const bytes = encodeCheckpoint(content);
  const record: CheckpointRecord = {
    epoch: content.epoch,
    key: checkpointKey(run.id, content.epoch),
    sha256: sha256Hex(bytes),
    bytes: bytes.byteLength,
    savedAt: new Date().toISOString(),
  };
  await store.put(record.key, bytes);
  const info = await store.stat(record.key);
  if (info?.size !== bytes.byteLength) throw new Error(`checkpoint ${record.key} did not store completely`);
  const current = await db.trainingRun.findUniqueOrThrow({
    where: { id: run.id },
    select: { checkpoints: true },
  });
  const all = [
    ...parseCheckpointRecords(current.checkpoints).filter((r) => r.epoch !== record.epoch),
    record,
  ];
  const kept = all.slice(-CHECKPOINTS_KEPT);
  const held = await db.trainingRun.updateMany({
    where: { id: run.id, status: 'RUNNING', workerId: run.workerId },
    data: { checkpoints: toJson(kept) },
  });
  if (held.count === 0) {
    await store.remove(record.key).catch(() => {});
    return null;
  }
  // best effort: a checkpoint left behind only costs space, and discardCheckpoints lists them all
  await store.removeMany(all.slice(0, -CHECKPOINTS_KEPT).map((old) => old.key)).catch(() => {});
  return record;
}

/**
 * The newest checkpoint of the run that is present, matches its recorded checksum and decodes;
 * the ones passed over are listed with the reason (a resume starts from an older one, or from
 * scratch when none is usable).
 */
export async function loadLatestCheckpoint(
  db: Db,
  store: ObjectStore,
  runId: string,
): Promise<{ loaded: LoadedCheckpoint | null; skipped: SkippedCheckpoint[] }> {
  const row = await db.trainingRun.findUniqueOrThrow({ where: { id: runId }, select: { checkpoints: true } });
  const skipped: SkippedCheckpoint[] = [];
  for (const record of parseCheckpointRecords(row.checkpoints).reverse()) {
    const reason = await problemWith(store, runId, record);
    if (typeof reason === 'string') {
      skipped.push({ epoch: record.epoch, reason });
      continue;
    }
    return { loaded: { record, content: reason }, skipped };
  }
  return { loaded: null, skipped };
}

async function problemWith(
  store: ObjectStore,
  runId: string,
  record: CheckpointRecord,
): Promise<string | CheckpointContent> {
  if (!(await store.exists(record.key))) return `object ${record.key} is missing`;
  const bytes = new Uint8Array(await store.get(record.key));
  const actual = sha256Hex(bytes);
  if (actual !== record.sha256)
    return `checksum ${actual.slice(0, 12)}… does not match ${record.sha256.slice(0, 12)}…`;
  try {
    const content = decodeCheckpoint(bytes);
    if (content.runId !== runId || content.epoch !== record.epoch) return 'belongs to another run or epoch';
    return content;
  } catch (error) {
    return `does not decode: ${(error as Error).message}`;
  }
}

/** Deletes a run's checkpoint objects once it has ended (they only serve a resume). */
export async function discardCheckpoints(db: Db, store: ObjectStore, runId: string): Promise<void> {
  const keys = await store.list(`runs/${runId}/checkpoints/`);
  await store.removeMany(keys).catch(() => {});
  await db.trainingRun.update({ where: { id: runId }, data: { checkpoints: [] } });
}
