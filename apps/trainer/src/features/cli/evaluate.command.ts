import { loadVersionOnnx } from '@hep2/active-learning';
import { type BackendChoice, deserializeModel, initBackend, viewSide } from '@hep2/model';
import { readVerifiedArtifact } from '@hep2/training';
import { loadTaxonomy } from '../data/dataset-taxonomy';
import { SampleCache } from '../data/sample-cache';
import { loadSamples } from '../data/sample-loader';
import type { TrainingLabels } from '../evaluation/baselines';
import { type EvaluationMetrics, evaluateModel } from '../evaluation/evaluate-model';
import { withEvaluationPredictor } from '../evaluation/evaluation-predictor';
import { attachNativeTruth } from '../evaluation/native-truth';
import type { CliConnection } from '../experiments/cli/cli-connection';
import { CliInputError, EXIT, numberOption, resolveDataset } from './cli-input';
import { metricsTable } from './metrics-table';

export interface EvaluateOptions {
  dataset?: string;
  'model-version'?: string;
  active?: boolean;
  backends?: string;
  json?: boolean;
}

/**
 * `trainer evaluate`: a stored model version (checksum-verified, as every load) on the dataset's
 * fixed validation specimens, with the same metrics the registry stores.
 */
export async function evaluateCommand(conn: CliConnection, o: EvaluateOptions): Promise<number> {
  const dataset = await resolveDataset(conn.db, o.dataset);
  if (o.active && o['model-version']) throw new CliInputError('give --model-version or --active, not both');
  const version = await findVersion(conn, dataset.id, o['model-version']);
  const validationIds = new Set(
    (
      await conn.db.specimen.findMany({
        where: { datasetId: dataset.id, isValidation: true },
        select: { id: true },
      })
    ).map((s) => s.id),
  );
  if (validationIds.size === 0) {
    console.error(
      `dataset ${dataset.slug} has no validation specimens yet (the first training run picks them)`,
    );
    return EXIT.failed;
  }
  await initBackend({
    order: (o.backends ?? 'tfjs-node-gpu,tfjs-node,wasm,cpu').split(',') as BackendChoice[],
    log: (line) => console.error(line),
  });
  const model = await deserializeModel(await readVerifiedArtifact(conn.store, version));
  try {
    const taxonomy = await loadTaxonomy(conn.db, dataset.id);
    const deps = { db: conn.db, store: conn.store, cache: new SampleCache(256 * 2 ** 20) };
    const all = await loadSamples(deps, dataset.id, taxonomy, {
      inputSize: viewSide(model.config),
      weakLabels: false,
      normalisation: model.config.inputNormalisation,
      log: (line) => console.error(line),
    });
    const samples = all.filter((s) => validationIds.has(s.specimenId));
    if (samples.length === 0) {
      const curated = new Set(all.map((s) => s.specimenId)).size;
      console.error(
        `dataset ${dataset.slug}: no validation patches: none of its ${validationIds.size} validation specimens has curated labels ` +
          `(${curated} specimens have some); import labels with --labels curated or approve annotations on patches of the validation specimens`,
      );
      return EXIT.failed;
    }
    const native = await attachNativeTruth(conn.store, samples);
    console.error(
      `evaluating version ${version.number} on ${samples.length} validation patches (${native} masks at full resolution)`,
    );
    // The stored ONNX export serves the version's own weights (exported again when absent).
    const onnx = await loadVersionOnnx(conn.store, version);
    const metrics = await withEvaluationPredictor(model, { onnx }, (predictor) =>
      evaluateModel(model, samples, { trainingLabels: storedMajority(version.metrics), predictor }),
    );
    const on = metrics.evaluatedOn;
    console.error(`inference on ${on?.detail}${on?.graph ? `, graph ${on.graph}` : ''}`);
    if (o.json) {
      console.log(
        JSON.stringify({ modelVersion: { id: version.id, number: version.number }, metrics }, null, 2),
      );
    } else {
      const f = (v: number | null | undefined) => (v === null || v === undefined ? '-' : v.toFixed(3));
      console.log(
        `model version ${version.number} (${version.id}), ${metrics.patches} patches of ${metrics.specimens} specimens`,
      );
      for (const line of metricsTable(metrics)) console.log(line);
      if (metrics.intensity) console.log(`  intensity auc ${f(metrics.intensity.auc)}`);
      if (metrics.specimen.pattern)
        console.log(
          `  specimen pattern accuracy ${f(metrics.specimen.pattern?.averagedPosterior.accuracy)} (averaged posterior)`,
        );
    }
    return EXIT.ok;
  } finally {
    model.dispose();
  }
}

/** By id, by number, or the ACTIVE version (the default). */
async function findVersion(conn: CliConnection, datasetId: string, ref: string | undefined) {
  const select = {
    id: true,
    number: true,
    artifactKey: true,
    artifactSha256: true,
    onnxKey: true,
    onnxSha256: true,
    metrics: true,
  } as const;
  if (!ref) {
    const active = await conn.db.modelVersion.findFirst({ where: { datasetId, status: 'ACTIVE' }, select });
    if (!active) throw new CliInputError('the dataset has no ACTIVE model version; pass --model-version');
    return active;
  }
  const isNumber = /^\d+$/.test(ref);
  const version = await conn.db.modelVersion.findFirst({
    where: isNumber ? { datasetId, number: numberOption('model-version', ref) } : { datasetId, id: ref },
    select,
  });
  if (!version) throw new CliInputError(`--model-version: no version ${ref} in this dataset`);
  return version;
}

/**
 * The training majority classes the version's run recorded (its stored baselines), as training
 * labels for the baselines; a head without one falls back to the validation majority (the
 * baseline's `source` says so).
 */
function storedMajority(metrics: unknown): TrainingLabels {
  const b = (metrics as { validation?: Partial<EvaluationMetrics> } | null)?.validation?.baselines;
  const of = (h: { majorityClass: number; source: string } | null | undefined) =>
    h?.source === 'training' ? [h.majorityClass] : [];
  return { pattern: of(b?.pattern), intensity: of(b?.intensity) };
}
