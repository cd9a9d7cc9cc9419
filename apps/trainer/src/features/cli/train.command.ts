import { hostname } from 'node:os';
import { type BackendChoice, initBackend } from '@hep2/model';
import { enqueueTrainingRun, RunConfigError } from '@hep2/training';
import { defaultTrainThreads } from '../../config';
import { SampleCache } from '../data/sample-cache';
import type { EvaluationMetrics } from '../evaluation/evaluate-model';
import type { CliConnection } from '../experiments/cli/cli-connection';
import { describeEnvironment, gitCommit, trainThreadsFor } from '../runs/run-environment';
import { executeRun } from '../runs/run-executor';
import { CliInputError, EXIT, numberOption, resolveDataset, withoutUndefined } from './cli-input';
import { metricsTable } from './metrics-table';
import { createProgressView } from './progress-view';

export interface TrainOptions {
  dataset?: string;
  'from-scratch'?: boolean;
  epochs?: string;
  variant?: string;
  'patch-size'?: string;
  'batch-size'?: string;
  lr?: string;
  width?: string;
  blocks?: string;
  seed?: string;
  weighting?: string;
  'mask-loss'?: string;
  normalisation?: string;
  view?: string;
  'view-size'?: string;
  'no-augment'?: boolean;
  'weak-labels'?: boolean;
  'validate-every'?: string;
  'checkpoint-every'?: string;
  'no-promote'?: boolean;
  threads?: string;
  backends?: string;
  json?: boolean;
}

/** The run settings the flags ask for; validated later by the same schema as every run. */
export function runConfigFromFlags(o: TrainOptions): Record<string, unknown> {
  return withoutUndefined({
    variant: o.variant,
    inputSize: numberOption('patch-size', o['patch-size']),
    epochs: numberOption('epochs', o.epochs),
    batchSize: numberOption('batch-size', o['batch-size']),
    learningRate: numberOption('lr', o.lr),
    width: numberOption('width', o.width),
    blocks: o.blocks?.split(',').map((b) => numberOption('blocks', b)),
    seed: numberOption('seed', o.seed),
    weighting: o.weighting,
    maskLoss: o['mask-loss'],
    inputNormalisation: o.normalisation,
    patchView: o.view,
    viewSize: numberOption('view-size', o['view-size']),
    augment: o['no-augment'] ? false : undefined,
    weakLabels: o['weak-labels'] || undefined,
    fromScratch: o['from-scratch'] || undefined,
    validateEvery: numberOption('validate-every', o['validate-every']),
    checkpointEvery: numberOption('checkpoint-every', o['checkpoint-every']),
    autoPromote: o['no-promote'] ? false : undefined,
  });
}

/**
 * `trainer train`: one run, recorded like any other (trigger CLI), trained in this process by the
 * service's own executor - claim, heartbeat, checkpoints, evaluation, registry, promotion rule.
 * Ctrl-C cancels it (CANCELLED, nothing registered).
 */
export async function trainCommand(conn: CliConnection, o: TrainOptions): Promise<number> {
  const threads = threadsOption(o.threads);
  const dataset = await resolveDataset(conn.db, o.dataset);
  const workerId = `cli:${hostname()}:${process.pid}`;
  let queued: Awaited<ReturnType<typeof enqueueTrainingRun>>;
  try {
    queued = await enqueueTrainingRun(conn.db, {
      datasetId: dataset.id,
      trigger: 'CLI',
      config: runConfigFromFlags(o),
      // A job id of our own: trainer services' dispatchers leave the run to this process.
      within: (tx, run) =>
        tx.trainingRun.update({ where: { id: run.id }, data: { jobId: workerId } }).then(() => {}),
    });
  } catch (error) {
    if (error instanceof RunConfigError) throw new CliInputError(error.message);
    throw error;
  }
  if (queued.kind === 'busy') {
    console.error(
      `dataset ${dataset.slug} is busy with run ${queued.busyRunId}; try again when it has finished`,
    );
    return EXIT.busy;
  }
  if (queued.kind !== 'queued') throw new CliInputError(`--dataset: ${dataset.slug} not found`);
  const runId = queued.runId;
  const backend = await initBackend({
    order: (o.backends ?? 'tfjs-node-gpu,tfjs-node,wasm,cpu').split(',') as BackendChoice[],
    log: (line) => console.error(line),
  });
  console.error(`run ${runId} (trigger CLI) on dataset ${dataset.slug}, backend ${backend.choice}`);
  const view = createProgressView();
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.cancelled);
    console.error('\ncancelling (Ctrl-C again to quit at once)');
    controller.abort('cancelled');
  };
  process.on('SIGINT', onSigint);
  try {
    await executeRun(
      {
        db: conn.db,
        store: conn.store,
        cache: new SampleCache(256 * 2 ** 20),
        workerId,
        environment: describeEnvironment(backend, workerId, gitCommit(), trainThreadsFor(backend, threads)),
        heartbeatMs: 5000,
        // Start, end and failure are in the report below; other lines (a re-pick of the validation
        // specimens, a failed heartbeat) are worth seeing.
        log: (line) => {
          if (!/^run \S+ (started by|finished:|failed:)/.test(line)) console.error(line);
        },
        onProgress: (p) => view.update(p),
      },
      runId,
      controller,
    );
  } finally {
    view.stop();
    process.off('SIGINT', onSigint);
  }
  return report(conn, runId, o.json ?? false);
}

async function report(conn: CliConnection, runId: string, json: boolean): Promise<number> {
  const run = await conn.db.trainingRun.findUniqueOrThrow({
    where: { id: runId },
    select: {
      id: true,
      status: true,
      error: true,
      modelVersion: { select: { id: true, number: true, status: true, metrics: true, promotion: true } },
    },
  });
  const version = run.modelVersion;
  const metrics = (version?.metrics as { validation?: EvaluationMetrics } | undefined)?.validation;
  const rule = (version?.promotion as { rule?: { reason?: string } } | undefined)?.rule;
  const summary = {
    runId: run.id,
    status: run.status,
    error: run.error,
    modelVersion: version ? { id: version.id, number: version.number, status: version.status } : null,
    validation: metrics
      ? {
          dice: metrics.segmentation?.dice ?? null,
          patternAccuracy: metrics.pattern?.accuracy ?? null,
          patternMeanClassAccuracy: metrics.pattern?.meanClassAccuracy ?? null,
          intensityAccuracy: metrics.intensity?.accuracy ?? null,
          patches: metrics.patches,
          baselines: metrics.baselines ?? null,
        }
      : null,
    promotion: rule?.reason ?? null,
  };
  if (json) console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(`run ${run.id}: ${run.status}${run.error ? ` (${run.error})` : ''}`);
    if (version) console.log(`model version ${version.number} (${version.id}): ${version.status}`);
    if (metrics) {
      console.log(`validation: ${metrics.patches} patches of ${metrics.specimens} specimens`);
      for (const line of metricsTable(metrics)) console.log(line);
    }
    if (summary.promotion) console.log(`promotion rule: ${summary.promotion}`);
  }
  if (run.status === 'CANCELLED') return EXIT.cancelled;
  return ['PROMOTED', 'EVALUATED', 'REJECTED'].includes(run.status) ? EXIT.ok : EXIT.failed;
}

/** `--threads`: a whole number of threads, 1-64 (as TRAIN_THREADS); the trainer's default when absent. */
function threadsOption(value: string | undefined): number {
  const n = numberOption('threads', value);
  if (n === undefined) return defaultTrainThreads();
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new CliInputError(`--threads: expected a whole number from 1 to 64, got "${value}"`);
  return n;
}
