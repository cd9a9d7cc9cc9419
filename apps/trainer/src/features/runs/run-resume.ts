import type { Db } from '@hep2/db';
import { deserializeModel, type Hep2Model, serializeModel } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import { toJson } from '@hep2/training';
import {
  loadLatestCheckpoint,
  type SkippedCheckpoint,
  saveCheckpoint,
} from '../checkpoints/checkpoint-store';
import { RunLostError } from '../registry/model-registry';
import type { ClaimedRun } from './run-lifecycle';
import type { ResumePoint } from './run-training';

/** One entry of TrainingRun.resumes. */
export interface ResumeEntry {
  attempt: number;
  at: string;
  workerId: string;
  /** Epoch of the checkpoint it continued from; 0 = no usable checkpoint, trained from the start. */
  fromEpoch: number;
  skipped: SkippedCheckpoint[];
}

export interface ResumeStart {
  fromEpoch: number;
  /** The checkpoint's model and trainer state; null when the run starts over. */
  model: Hep2Model | null;
  point: ResumePoint | null;
  skipped: SkippedCheckpoint[];
}

/**
 * A run re-queued after its worker died continues from its newest checkpoint that passes the
 * checksum (else an older one, else from the start). Epoch rows after that checkpoint are
 * dropped (they will be trained again) and the resume is recorded on the run.
 */
export async function prepareResume(
  deps: { db: Db; store: ObjectStore; workerId: string },
  run: ClaimedRun,
  compatible: (model: Hep2Model) => string | null,
): Promise<ResumeStart> {
  const { loaded, skipped } = await loadLatestCheckpoint(deps.db, deps.store, run.id);
  let model: Hep2Model | null = null;
  let point: ResumePoint | null = null;
  if (loaded) {
    model = await deserializeModel(loaded.content.model);
    const problem = compatible(model);
    if (problem) {
      model.dispose();
      model = null;
      skipped.push({ epoch: loaded.record.epoch, reason: `architecture differs: ${problem}` });
    } else {
      const { epoch, rngPosition, trainer, earlyStopping } = loaded.content;
      point = { epoch, rngPosition, trainer, earlyStopping };
    }
  }
  const fromEpoch = point?.epoch ?? 0;
  await deps.db.trainingEpoch.deleteMany({ where: { runId: run.id, epoch: { gt: fromEpoch } } });
  const entry: ResumeEntry = {
    attempt: run.resumeCount,
    at: new Date().toISOString(),
    workerId: deps.workerId,
    fromEpoch,
    skipped,
  };
  const row = await deps.db.trainingRun.findUniqueOrThrow({
    where: { id: run.id },
    select: { resumes: true },
  });
  const resumes = Array.isArray(row.resumes) ? row.resumes : [];
  await deps.db.trainingRun.updateMany({
    where: { id: run.id, status: 'RUNNING', workerId: deps.workerId },
    data: { resumes: toJson([...resumes, entry]) },
  });
  return { fromEpoch, model, point, skipped };
}

/** The training loop's checkpoint hook: model + trainer state, stored and recorded on the run. */
export function checkpointWriter(
  deps: { db: Db; store: ObjectStore; workerId: string },
  run: ClaimedRun,
  model: Hep2Model,
): (point: ResumePoint) => Promise<void> {
  return async (point) => {
    const saved = await saveCheckpoint(
      deps.db,
      deps.store,
      { id: run.id, workerId: deps.workerId },
      { runId: run.id, ...point, model: await serializeModel(model) },
    );
    if (!saved) throw new RunLostError(`run ${run.id} is no longer held by ${deps.workerId}`);
  };
}
