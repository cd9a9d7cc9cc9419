import type { Db } from '@hep2/db';
import { type Hep2Model, type ModelConfig, viewSide } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import {
  decidePromotion,
  loadSpecimenGroups,
  ProgressReporter,
  parseTrainingPolicy,
  type RunProgress,
  runViewSize,
  straddlingGroupsWarning,
} from '@hep2/training';
import { discardCheckpoints } from '../checkpoints/checkpoint-store';
import { loadTaxonomy } from '../data/dataset-taxonomy';
import type { SampleCache } from '../data/sample-cache';
import { type LabelledSample, loadSamples } from '../data/sample-loader';
import { ensureValidationSpecimens, noValidationMessage } from '../data/validation-split';
import type { TrainingLabels } from '../evaluation/baselines';
import { evaluateModel, scoreComponents, trainingLabelsOf } from '../evaluation/evaluate-model';
import { type EvaluationInference, withEvaluationPredictor } from '../evaluation/evaluation-predictor';
import { attachNativeTruth } from '../evaluation/native-truth';
import { RunLostError, registerCandidate } from '../registry/model-registry';
import { canFineTune, freshModel, loadActiveVersion, modelConfigFor } from './model-source';
import { type RunEnvironment, runThreads } from './run-environment';
import { abortReason, startRunHeartbeat } from './run-heartbeat';
import { type ClaimedRun, claimRun, endRun } from './run-lifecycle';
import { checkpointWriter, prepareResume } from './run-resume';
import { labelledTasks, trainWithProgress } from './run-training';

export interface ExecutorDeps {
  db: Db;
  store: ObjectStore;
  cache: SampleCache;
  workerId: string;
  environment: RunEnvironment;
  heartbeatMs: number;
  log: (line: string) => void;
  /** Sees every progress update unthrottled (the CLI's progress bars). */
  onProgress?: (progress: RunProgress) => void;
  /**
   * What runs per-epoch validation and the final evaluations (EVALUATION_BACKEND; default: ONNX
   * Runtime where it loads, else TensorFlow.js); recorded as `evaluatedOn` with the figures.
   */
  evaluation?: EvaluationInference;
}

export type RunOutcome = { status: string; versionId?: string };

/**
 * One training run, start to finish: claim, load, split, fine-tune, evaluate, register, decide.
 * Every failure ends the run FAILED with its message; a cancel request ends it CANCELLED; a run
 * this worker lost (failed by a sweeper) is left alone.
 */
export async function executeRun(
  deps: ExecutorDeps,
  runId: string,
  controller: AbortController,
): Promise<RunOutcome> {
  const run = await claimRun(deps.db, runId, deps.workerId, deps.environment);
  if (!run) return { status: 'skipped' };
  deps.log(`run ${run.id} started by ${deps.workerId}`);
  const heartbeat = startRunHeartbeat({ ...deps, runId, intervalMs: deps.heartbeatMs, controller });
  const reporter = new ProgressReporter(
    deps.db,
    { ...run, workerId: deps.workerId },
    1000,
    deps.log,
    deps.onProgress,
  );
  let outcome: RunOutcome;
  try {
    outcome = await trainAndRegister(deps, run, reporter, controller.signal);
    deps.log(`run ${run.id} finished: ${outcome.status}`);
  } catch (error) {
    await reporter.flush();
    const reason = abortReason(controller.signal);
    if (error instanceof RunLostError || reason === 'lost') outcome = { status: 'lost' };
    else {
      const message = error instanceof Error ? error.message : String(error);
      deps.log(`run ${run.id} failed: ${message}`);
      await endRun(deps.db, run, deps.workerId, 'FAILED', message);
      outcome = { status: 'FAILED' };
    }
  } finally {
    heartbeat.stop();
  }
  // Checkpoints only serve a resume; a run this worker lost may be resuming elsewhere.
  if (outcome.status !== 'lost' && outcome.status !== 'skipped') {
    await discardCheckpoints(deps.db, deps.store, run.id).catch((e) => deps.log(`checkpoint cleanup: ${e}`));
  }
  return outcome;
}

class Aborted extends Error {}

async function trainAndRegister(
  deps: ExecutorDeps,
  run: ClaimedRun,
  reporter: ProgressReporter,
  signal: AbortSignal,
): Promise<RunOutcome> {
  const { db, store } = deps;
  const { config } = run;
  const checkAbort = () => {
    if (signal.aborted) throw new Aborted();
  };
  try {
    const dataset = await db.dataset.findUniqueOrThrow({
      where: { id: run.datasetId },
      select: { trainingPolicy: true },
    });
    const { policy } = parseTrainingPolicy(dataset.trainingPolicy);
    const taxonomy = await loadTaxonomy(db, run.datasetId);
    reporter.update({ phase: 'loading' }, true);
    const samples = await loadSamples(deps, run.datasetId, taxonomy, {
      inputSize: runViewSize(config),
      weakLabels: config.weakLabels,
      frozenExperimentId: run.experimentId,
      normalisation: config.inputNormalisation,
      log: (line) => deps.log(`run ${run.id}: ${line}`),
    });
    checkAbort();
    const split = await splitSamples(deps, run, samples);
    if (split.train.length === 0) throw new Error('no approved annotations to train on');
    const trainedTasks = labelledTasks(split.train);
    // Validation masks are judged at the patches' own resolution (bit-packed, validation only).
    await attachNativeTruth(store, split.validation);
    const trainingLabels = trainingLabelsOf(split.train);
    const wanted = modelConfigFor(config, taxonomy);
    // Loaded even for a run from scratch: the candidate is always judged against it - except on a
    // run's own validation specimens (an experiment fold), which the active version may have seen.
    const active = config.validationSpecimenIds ? null : await loadActiveVersion(db, store, run.datasetId);
    const incompatible = active
      ? config.fromScratch
        ? 'from scratch as requested'
        : canFineTune(active.model, wanted)
      : null;
    const baseline = active
      ? {
          versionId: active.id,
          metrics: await evaluateWith(
            deps,
            active.model,
            await validationFor(deps, run, split.validation, active.model.config, taxonomy),
            trainingLabels,
          ),
        }
      : null;
    const resume = run.resumeCount > 0 ? await prepareResume(deps, run, (m) => canFineTune(m, wanted)) : null;
    const fromActive = !resume?.model && active && !incompatible;
    const model = resume?.model ?? (fromActive ? active.model : freshModel(wanted));
    if (active && !fromActive) active.model.dispose();
    // A resumed run keeps the parent its first attempt started from.
    const parentId = resume?.model ? run.baseModelVersionId : fromActive ? active.id : null;
    await db.trainingRun.update({ where: { id: run.id }, data: { baseModelVersionId: parentId } });
    try {
      checkAbort();
      const base: Partial<RunProgress> = {
        samples: { train: split.train.length, validation: split.validation.length, weak: split.weak },
        note: incompatible && !resume?.model ? `trained from scratch (${incompatible})` : undefined,
        ...(resume ? { resumedFromEpoch: resume.fromEpoch } : {}),
      };
      if (resume) deps.log(`run ${run.id} resumes from epoch ${resume.fromEpoch}`);
      const outcome = await trainWithProgress(model, split.train, config, reporter, signal, base, {
        validation: split.validation,
        resume: resume?.point ?? null,
        checkpoint: config.checkpointEvery > 0 ? checkpointWriter(deps, run, model) : null,
        threads: runThreads(deps.environment, config.trainThreads),
        evaluation: deps.evaluation,
      });
      await reporter.flush();
      if (outcome.history.cancelled) throw new Aborted();
      // Evaluation and saving keep the last epoch, step, throughput and elapsed time on show: a
      // finished run should say how long it trained, not fall back to dashes.
      const trained: RunProgress = { ...outcome.progress, etaSeconds: 0 };
      reporter.update({ ...trained, phase: 'evaluating' }, true);
      const metrics = await evaluateWith(deps, model, split.validation, trainingLabels);
      // Only the heads the candidate was trained on and that have validation labels are compared.
      const verdict = decidePromotion({
        candidate: scoreComponents(metrics, trainedTasks),
        active: baseline ? scoreComponents(baseline.metrics) : null,
        margin: policy.promotion.margin,
        maxRegression: policy.promotion.maxRegression,
      });
      checkAbort();
      reporter.update({ ...trained, phase: 'saving' }, true);
      await reporter.flush();
      const registered = await registerCandidate(db, store, {
        run,
        workerId: deps.workerId,
        model,
        metrics,
        baseline,
        verdict,
        autoPromote: config.autoPromote ?? policy.autoPromote,
        labelCount: split.train.length + split.validation.length - split.weak,
        parentId,
        log: (line) => deps.log(`run ${run.id}: ${line}`),
      });
      return { status: registered.runStatus, versionId: registered.versionId };
    } finally {
      model.dispose();
    }
  } catch (error) {
    if (!(error instanceof Aborted)) throw error;
    await reporter.flush();
    const reason = abortReason(signal);
    if (reason === 'lost') return { status: 'lost' };
    const status = reason === 'cancelled' ? 'CANCELLED' : 'FAILED';
    await endRun(db, run, deps.workerId, status, status === 'CANCELLED' ? null : `aborted: ${reason}`);
    return { status };
  }
}

/** The final evaluation of a model's current weights on the evaluation backend. */
function evaluateWith(
  deps: ExecutorDeps,
  model: Hep2Model,
  samples: LabelledSample[],
  trainingLabels: TrainingLabels,
) {
  const evaluation = { log: deps.log, ...deps.evaluation };
  return withEvaluationPredictor(model, evaluation, (predictor) =>
    evaluateModel(model, samples, { trainingLabels, predictor }),
  );
}

interface Split {
  train: LabelledSample[];
  validation: LabelledSample[];
  weak: number;
}

/** A run that cannot be measured: it ends FAILED with this message rather than train blind. */
export class NoValidationError extends Error {
  override name = 'NoValidationError';
}

/**
 * By specimen: the run's own validation specimens (an experiment fold) or else the dataset's fixed
 * ones (picked by whole specimen group; a group split by older marks is logged as a warning); weak
 * labels never enter validation. No validation patch is an error that says why and what
 * to do: a version that cannot be compared would only be REJECTED in silence.
 */
async function splitSamples(deps: ExecutorDeps, run: ClaimedRun, samples: LabelledSample[]): Promise<Split> {
  const bySpecimen = new Map<string, number[]>();
  for (const s of samples) {
    if (s.weak) continue;
    bySpecimen.set(s.specimenId, [...(bySpecimen.get(s.specimenId) ?? []), s.pattern ?? -1]);
  }
  const candidates = [...bySpecimen.entries()].map(([id, labels]) => ({ id, label: dominant(labels) }));
  const fold = run.config.validationSpecimenIds;
  const ids = fold
    ? new Set(fold)
    : (
        await ensureValidationSpecimens(
          deps.db,
          run.datasetId,
          candidates,
          run.config.validationFraction,
          (line) => deps.log(`run ${run.id}: ${line}`),
        )
      ).ids;
  const validation = samples.filter((s) => !s.weak && ids.has(s.specimenId));
  if (validation.length === 0)
    throw new NoValidationError(noValidationMessage(candidates.length, ids.size, !!fold));
  let train = samples.filter((s) => !ids.has(s.specimenId));
  if (run.config.maxTrainSamples) train = train.slice(0, run.config.maxTrainSamples);
  const straddling = straddlingGroupsWarning(
    await loadSpecimenGroups(deps.db, run.datasetId),
    train,
    validation,
  );
  if (straddling) deps.log(`run ${run.id}: ${straddling}`);
  return { train, validation, weak: train.filter((s) => s.weak).length };
}

/**
 * Validation samples as another model (the active version) takes them - its input size, and per
 * specimen or not - from the same patches.
 */
async function validationFor(
  deps: ExecutorDeps,
  run: ClaimedRun,
  validation: LabelledSample[],
  model: Pick<ModelConfig, 'inputSize' | 'viewSize' | 'inputNormalisation'>,
  taxonomy: Awaited<ReturnType<typeof loadTaxonomy>>,
): Promise<LabelledSample[]> {
  const perSpecimen = (n: string) => n === 'specimen';
  if (
    viewSide(model) === runViewSize(run.config) &&
    perSpecimen(model.inputNormalisation) === perSpecimen(run.config.inputNormalisation)
  )
    return validation;
  const native = new Map(validation.map((s) => [s.patchId, s.native]));
  const all = await loadSamples(deps, run.datasetId, taxonomy, {
    inputSize: viewSide(model),
    weakLabels: false,
    frozenExperimentId: run.experimentId,
    normalisation: model.inputNormalisation,
  });
  return all
    .filter((s) => native.has(s.patchId))
    .map((s) => {
      const truth = native.get(s.patchId);
      return truth ? { ...s, native: truth } : s;
    });
}

function dominant(labels: number[]): number | null {
  const counts = new Map<number, number>();
  for (const l of labels) if (l >= 0) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: number | null = null;
  for (const [label, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = label;
  return best;
}
