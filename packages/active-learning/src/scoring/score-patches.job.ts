import type { Db } from '@hep2/db';
import type { InferenceBackendInfo } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import { calibrateModelVersion, storedTemperatures } from '../calibration/calibrate-version';
import { recordLearningCurvePoint } from '../curves/learning-curve';
import { parseAcquisitionSettings, scoringMethod } from '../strategies/acquisition-config';
import {
  type AcquisitionSummary,
  applyAcquisition,
  UNLABELLED_STATUSES,
} from '../strategies/apply-acquisition';
import { loadVersionModel, loadVersionOnnx, loadVersionRow } from './model-loader';
import { scoreImagesOn } from './model-scorer';
import { loadInputs, modelInputsFor } from './patch-images';
import { type PatchRef, storedMaskThreshold, temperedThreshold, writePredictions } from './prediction-writer';
import { recordScoringBackend } from './scoring-backend-record';
import {
  createScoringPredictors,
  type ScoringBackendChoice,
  type ScoringPredictors,
} from './scoring-predictors';

export interface ScoreProgress {
  scored: number;
  failed: number;
  /** Unscored patches left when the job started (this shard). */
  total: number;
}

export interface ScorePatchesOptions {
  datasetId: string;
  modelVersionId: string;
  /** MC-dropout passes; default: the dataset's acquisition settings (mcSamples). */
  T?: number;
  /** Which dropout MC sampling re-draws; default: the acquisition settings (mcDropout). */
  mcDropout?: 'heads' | 'full';
  /** Prediction.method; default derived from T and mcDropout ("deterministic", "mc-dropout-T", "mc-dropout-full-T"). */
  method?: string;
  batchSize?: number;
  /** Disjoint share of the pool for parallel workers: patches with hash(id) mod count = index. */
  shard?: { index: number; count: number };
  /** Write queue priorities afterwards: 'active' (default) only when the version is ACTIVE. */
  applyStrategy?: 'active' | 'always' | 'never';
  onProgress?: (p: ScoreProgress) => void;
  signal?: AbortSignal;
  /**
   * The process's scoring models (one model + inference predictor per version, exported once and
   * shared by its jobs); default: one for this call, disposed at its end.
   */
  predictors?: ScoringPredictors;
  /**
   * Inference backend when `predictors` is not given (default 'auto': ONNX Runtime where it loads,
   * else TensorFlow.js); a given `predictors` has its own.
   */
  backend?: ScoringBackendChoice;
}

export interface ScorePatchesResult extends ScoreProgress {
  method: string;
  cancelled: boolean;
  temperatures: { pattern: number; intensity: number; mask: number };
  acquisition: AcquisitionSummary | null;
  /** What produced this run's scores (also recorded in ModelVersion.calibration.scoring[method]). */
  backend: InferenceBackendInfo;
}

/**
 * The scoring batch job (MONAI Label's "scoring method"): runs a model version over the dataset's
 * unlabelled patches that this version + method has not scored yet and stores one Prediction each
 * (calibrated probabilities, uncertainties, predicted mask, embedding), committing per batch, so an
 * interrupted job resumes where it stopped and a second run finds nothing to do. Several workers
 * can score one dataset side by side on disjoint shards; overlapping work is harmless (the
 * (patch, version, method) key skips duplicates). Finally the dataset's strategy re-ranks the queue.
 * The model runs on an inference predictor (ONNX Runtime where it loads, else TensorFlow.js; see
 * `backend`), which also serves the calibration fit; the backend is recorded with the scores.
 */
export async function scorePatches(
  db: Db,
  store: ObjectStore,
  opts: ScorePatchesOptions,
): Promise<ScorePatchesResult> {
  const dataset = await db.dataset.findUniqueOrThrow({
    where: { id: opts.datasetId },
    select: { acquisition: true },
  });
  const settings = parseAcquisitionSettings(dataset.acquisition);
  const T = opts.T ?? settings.mcSamples;
  const mode = opts.mcDropout ?? settings.mcDropout;
  const method = opts.method ?? scoringMethod({ mcSamples: T, mcDropout: mode });
  // Temperatures are fitted on what this run serves; a fit for another setting does not carry over.
  const served = { mcSamples: T, mode };
  const shard = opts.shard ?? { index: 0, count: 1 };
  const batchSize = opts.batchSize ?? 32;
  const version = await loadVersionRow(db, opts.modelVersionId);
  if (version.datasetId !== opts.datasetId) {
    throw new Error(`model version ${opts.modelVersionId} belongs to another dataset`);
  }
  const own = opts.predictors ? null : createScoringPredictors({ backend: opts.backend });
  const predictors = opts.predictors ?? (own as ScoringPredictors);
  const progress: ScoreProgress = { scored: 0, failed: 0, total: 0 };
  let cancelled = false;
  let temperatures = storedTemperatures(version.calibration, served);
  const maskThreshold = storedMaskThreshold(version.calibration);
  let backend: InferenceBackendInfo | null = null;
  try {
    const lease = await predictors.acquire(
      version,
      () => loadVersionModel(store, version),
      () => loadVersionOnnx(store, version),
    );
    const { model, predictor } = lease;
    const inputs = await modelInputsFor(db, opts.datasetId, model.config);
    backend = predictor.backendFor(served);
    try {
      temperatures ??= await calibrateModelVersion(db, store, version, model, served, predictor);
      progress.total = await countUnscored(db, opts.datasetId, opts.modelVersionId, method, shard);
      const failed: string[] = [];
      let recorded = false;
      for (;;) {
        if (opts.signal?.aborted) {
          cancelled = true;
          break;
        }
        const batch = await nextUnscored(
          db,
          opts.datasetId,
          opts.modelVersionId,
          method,
          shard,
          failed,
          batchSize,
        );
        if (batch.length === 0) break;
        const loaded = await loadInputs(store, batch, inputs);
        for (const r of loaded) if (!r.input) failed.push(r.item.id);
        const ok = loaded.filter((r) => r.input !== null);
        const outputs = await scoreImagesOn(
          predictor,
          ok.map((r) => r.input as Float32Array),
          { mcSamples: T, mode, temperatures },
        );
        await writePredictions(
          db,
          store,
          {
            datasetId: opts.datasetId,
            modelVersionId: opts.modelVersionId,
            method,
            // Chosen on raw validation probabilities; the written ones are tempered. Exact for one
            // mask sample; with 'full' MC the mean of tempered samples only approximates it.
            maskThreshold: temperedThreshold(maskThreshold, temperatures?.mask ?? 1),
          },
          ok.map((r, i) => ({ patch: r.item, out: outputs[i] as (typeof outputs)[number] })),
        );
        // With the first scores written, as the training backend is with a run.
        if (!recorded && ok.length > 0) {
          await recordScoringBackend(db, opts.modelVersionId, method, backend);
          recorded = true;
        }
        progress.scored += ok.length;
        progress.failed = failed.length;
        opts.onProgress?.({ ...progress });
        // Let an abort or a shutdown arrive between batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      await lease.release();
    }
  } finally {
    await own?.dispose();
  }
  const apply = opts.applyStrategy ?? 'active';
  const acquisition =
    !cancelled && (apply === 'always' || (apply === 'active' && (await isActive(db, opts.modelVersionId))))
      ? await applyAcquisition(db, {
          datasetId: opts.datasetId,
          modelVersionId: opts.modelVersionId,
          method,
          settings,
        })
      : null;
  // The live label-efficiency curve gains a point for every version that starts serving the queue.
  if (acquisition) await recordLearningCurvePoint(db, opts.modelVersionId, settings.strategy);
  return {
    ...progress,
    method,
    cancelled,
    temperatures: temperatures ?? { pattern: 1, intensity: 1, mask: 1 },
    acquisition,
    backend: backend as InferenceBackendInfo,
  };
}

async function isActive(db: Db, modelVersionId: string): Promise<boolean> {
  const v = await db.modelVersion.findUnique({ where: { id: modelVersionId }, select: { status: true } });
  return v?.status === 'ACTIVE';
}

type Shard = { index: number; count: number };

/** A patch to score: what the prediction writer needs, and its specimen for the input's scale. */
type UnscoredPatch = PatchRef & { specimenId: string };

function nextUnscored(
  db: Db,
  datasetId: string,
  modelVersionId: string,
  method: string,
  shard: Shard,
  exclude: string[],
  limit: number,
): Promise<UnscoredPatch[]> {
  return db.$queryRaw<UnscoredPatch[]>`
    select p.id, p."specimenId"::text as "specimenId", p."imageKey", p.width, p.height from "Patch" p
    where p."datasetId" = ${datasetId}::uuid and p.status::text = any(${[...UNLABELLED_STATUSES]})
      and (${shard.count}::int = 1 or (hashtext(p.id::text)::bigint & 2147483647) % ${shard.count}::int = ${shard.index}::int)
      and not (p.id = any(${exclude}::uuid[]))
      and not exists (select 1 from "Prediction" r
        where r."patchId" = p.id and r."modelVersionId" = ${modelVersionId}::uuid and r.method = ${method})
    order by p.id limit ${limit}`;
}

async function countUnscored(
  db: Db,
  datasetId: string,
  modelVersionId: string,
  method: string,
  shard: Shard,
) {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    select count(*) as n from "Patch" p
    where p."datasetId" = ${datasetId}::uuid and p.status::text = any(${[...UNLABELLED_STATUSES]})
      and (${shard.count}::int = 1 or (hashtext(p.id::text)::bigint & 2147483647) % ${shard.count}::int = ${shard.index}::int)
      and not exists (select 1 from "Prediction" r
        where r."patchId" = p.id and r."modelVersionId" = ${modelVersionId}::uuid and r.method = ${method})`;
  return Number(row?.n ?? 0);
}
