import { randomUUID } from 'node:crypto';
import type { Db, ModelVersionStatus, TrainingRunStatus } from '@hep2/db';
import { exportServingOnnx, type Hep2Model, serializeModel } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import {
  activateModelVersion,
  lockDatasetTraining,
  type PromotionVerdict,
  publishRunEvent,
  type StoredArtifact,
  toJson,
  writeModelArtifact,
  writeOnnxArtifact,
} from '@hep2/training';
import { type EvaluationMetrics, scoreComponents } from '../evaluation/evaluate-model';
import { recordAutoPromotion, recordRunFinish } from '../runs/trainer-audit';

export interface CandidateInput {
  run: { id: string; datasetId: string };
  workerId: string;
  model: Hep2Model;
  metrics: EvaluationMetrics;
  baseline: { versionId: string; metrics: EvaluationMetrics } | null;
  verdict: PromotionVerdict;
  autoPromote: boolean;
  labelCount: number;
  parentId: string | null;
  /** Says when the ONNX export could not be made (the version is registered without it). */
  log?: (line: string) => void;
}

export interface RegisteredCandidate {
  versionId: string;
  number: number;
  runStatus: TrainingRunStatus;
  versionStatus: ModelVersionStatus;
}

export class RunLostError extends Error {
  override name = 'RunLostError';
}

/**
 * The ONNX export of the weights being registered (the graph scoring serves), stored beside the
 * TensorFlow.js artifact. An export that fails leaves the version without one: scoring then
 * exports on load, or runs on TensorFlow.js, and says so.
 */
async function storeOnnxExport(
  store: ObjectStore,
  datasetId: string,
  versionId: string,
  model: Hep2Model,
  log: (line: string) => void,
): Promise<StoredArtifact | null> {
  let bytes: Uint8Array;
  try {
    bytes = exportServingOnnx(model).bytes;
  } catch (error) {
    log(`model version ${versionId}: registered without an ONNX export (${String(error)})`);
    return null;
  }
  return writeOnnxArtifact(store, datasetId, versionId, bytes);
}

/**
 * Artifacts first (the TensorFlow.js one and its ONNX export: written, size-checked, sha256), then - in one transaction that also checks this
 * worker still holds the run - the ModelVersion row, the run's final status and, when the rule
 * and policy say so, the activation. A crash before the commit leaves an orphan object, never a
 * row pointing at a half-written model.
 */
export async function registerCandidate(
  db: Db,
  store: ObjectStore,
  input: CandidateInput,
): Promise<RegisteredCandidate> {
  const versionId = randomUUID();
  const bytes = await serializeModel(input.model);
  const artifact = await writeModelArtifact(store, input.run.datasetId, versionId, bytes);
  const onnx = await storeOnnxExport(
    store,
    input.run.datasetId,
    versionId,
    input.model,
    input.log ?? ((line) => console.warn(line)),
  );
  const params = input.model.paramCount();
  return db.$transaction(async (tx) => {
    await lockDatasetTraining(tx, input.run.datasetId);
    const held = await tx.trainingRun.findFirst({
      where: { id: input.run.id, status: 'RUNNING', workerId: input.workerId },
      select: { id: true },
    });
    if (!held) throw new RunLostError(`run ${input.run.id} is no longer held by ${input.workerId}`);
    const last = await tx.modelVersion.findFirst({
      where: { datasetId: input.run.datasetId },
      orderBy: { number: 'desc' },
      select: { number: true },
    });
    const active = await tx.modelVersion.findFirst({
      where: { datasetId: input.run.datasetId, status: 'ACTIVE' },
      select: { id: true },
    });
    // The rule compared against the version active when the run evaluated; if that changed since,
    // leave the decision to an admin.
    const stillComparable = (active?.id ?? null) === (input.baseline?.versionId ?? null);
    const promote = input.verdict.promote && input.autoPromote && stillComparable;
    const runStatus: TrainingRunStatus = promote
      ? 'PROMOTED'
      : input.verdict.promote
        ? 'EVALUATED'
        : 'REJECTED';
    const versionStatus: ModelVersionStatus = input.verdict.promote ? 'CANDIDATE' : 'REJECTED';
    const number = (last?.number ?? 0) + 1;
    await tx.modelVersion.create({
      data: {
        id: versionId,
        datasetId: input.run.datasetId,
        number,
        status: versionStatus,
        artifactKey: artifact.key,
        artifactBytes: artifact.bytes,
        artifactSha256: artifact.sha256,
        onnxKey: onnx?.key ?? null,
        onnxBytes: onnx?.bytes ?? null,
        onnxSha256: onnx?.sha256 ?? null,
        architecture: toJson(input.model.config),
        parameterCount: params.trainable,
        metrics: toJson({ validation: input.metrics, baseline: input.baseline }),
        calibration: toJson({
          pattern: { ece: input.metrics.pattern?.ece ?? null },
          intensity: { ece: input.metrics.intensity?.ece ?? null },
          // The mask threshold chosen on validation (metrics.validation.segmentation.threshold):
          // proposals threshold with it (@hep2/active-learning storedMaskThreshold; 0.5 when absent).
          ...(input.metrics.segmentation ? { maskThreshold: input.metrics.segmentation.threshold } : {}),
        }),
        promotion: toJson({ rule: input.verdict, autoPromote: input.autoPromote, stillComparable }),
        labelCount: input.labelCount,
        parentId: input.parentId,
        trainingRunId: input.run.id,
      },
    });
    if (promote) {
      const { retiredId } = await activateModelVersion(tx, {
        versionId,
        actorId: null,
        note: { by: 'trainer', reason: input.verdict.reason },
      });
      await recordAutoPromotion(tx, {
        versionId,
        runId: input.run.id,
        retiredId,
        reason: input.verdict.reason,
      });
    }
    await tx.trainingRun.update({
      where: { id: input.run.id },
      data: { status: runStatus, finishedAt: new Date(), labelCount: input.labelCount },
    });
    await recordRunFinish(tx, {
      runId: input.run.id,
      status: runStatus,
      modelVersionId: versionId,
      metrics: { ...scoreComponents(input.metrics), composite: input.verdict.candidateScore },
    });
    await publishRunEvent(tx, {
      runId: input.run.id,
      datasetId: input.run.datasetId,
      status: runStatus,
      modelVersionId: versionId,
    });
    return { versionId, number, runStatus, versionStatus };
  });
}
