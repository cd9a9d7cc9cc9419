import type { Db } from '@hep2/db';
import type { InferenceBackendInfo, InferenceBackendName } from '@hep2/model';

/** One backend that produced a version's scores for one method. */
export interface ScoringBackendRecord {
  /** e.g. 'onnxruntime 1.30.0 (cpu, 2 threads); MC heads on tfjs (wasm)' or 'tfjs (wasm)'. */
  detail: string;
  /** Why ONNX Runtime was not used (tfjs only). */
  fallbackReason: string | null;
  /** ONNX Runtime: 'stored export, sha256 …' or 'exported from the model (why)'; absent on tfjs. */
  graph?: string;
  recordedAt: string;
}

/**
 * ModelVersion.calibration.scoring: per scoring method, the backends that produced its scores (one,
 * unless workers on different machines scored shards of one pool).
 */
export type ScoringBackends = Record<string, Partial<Record<InferenceBackendName, ScoringBackendRecord>>>;

/**
 * Records the backend that scores `method` for a version in ModelVersion.calibration.scoring, as
 * the training backend is recorded with its run (TrainingRun.environment). One statement that
 * merges into the stored JSON, so shards scoring side by side do not overwrite each other.
 */
export async function recordScoringBackend(
  db: Db,
  modelVersionId: string,
  method: string,
  info: InferenceBackendInfo,
): Promise<void> {
  const record: ScoringBackendRecord = {
    detail: info.detail,
    fallbackReason: info.fallbackReason,
    ...(info.graph ? { graph: info.graph } : {}),
    recordedAt: new Date().toISOString(),
  };
  await db.$executeRaw`
    update "ModelVersion" set calibration = calibration || jsonb_build_object('scoring',
      coalesce(calibration->'scoring', '{}'::jsonb) || jsonb_build_object(${method}::text,
        coalesce(calibration->'scoring'->${method}::text, '{}'::jsonb)
          || jsonb_build_object(${info.backend}::text, ${JSON.stringify(record)}::jsonb)))
    where id = ${modelVersionId}::uuid`;
}

/** The backends recorded for a version's `method` scores (empty when none were recorded). */
export function scoringBackends(calibration: unknown, method: string): ScoringBackends[string] {
  const scoring = (calibration as { scoring?: ScoringBackends } | null)?.scoring;
  return scoring?.[method] ?? {};
}
