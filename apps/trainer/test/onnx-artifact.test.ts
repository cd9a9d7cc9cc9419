import { createHash, randomUUID } from 'node:crypto';
import { scorePatches, scoringBackends } from '@hep2/active-learning';
import { createModel, exportServingOnnx, type Hep2Model } from '@hep2/model';
import { objectKeys } from '@hep2/storage';
import { decidePromotion, type EvaluationMetrics } from '@hep2/training';
import { describe, expect, it } from 'vitest';
import {
  registerTinyVersion,
  seedScoringDataset,
} from '../../../packages/active-learning/test/support/seed-scoring';
import { useTestServices } from '../../../test/support/test-services';
import { scoreComponents } from '../src/features/evaluation/evaluate-model';
import { registerCandidate } from '../src/features/registry/model-registry';

const { db, store } = useTestServices({ wasm: true });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** No validation figure: enough for the registry, which stores what it is given. */
const NO_METRICS: EvaluationMetrics = {
  patches: 0,
  specimens: 0,
  segmentation: null,
  pattern: null,
  intensity: null,
  specimen: { segmentation: null, pattern: null, intensity: null },
  baselines: { pattern: null, intensity: null, segmentation: null },
};

const tinyModel = (seed: number): Hep2Model =>
  createModel({
    variant: 'lite',
    inputSize: 32,
    width: 4,
    blocks: [1, 1, 1],
    patternClasses: 2,
    intensityLevels: 2,
    seed,
  });

/** Registers `model` as a candidate of a RUNNING run held by this test, as a finished run does. */
async function register(datasetId: string, model: Hep2Model, lines: string[] = []) {
  const workerId = `onnx-artifact-${randomUUID().slice(0, 8)}`;
  const run = await db.trainingRun.create({
    data: { datasetId, trigger: 'MANUAL', config: {}, status: 'RUNNING', workerId },
    select: { id: true, datasetId: true },
  });
  const verdict = decidePromotion({
    candidate: scoreComponents(NO_METRICS),
    active: null,
    margin: 0,
    maxRegression: 0,
  });
  return registerCandidate(db, store, {
    run,
    workerId,
    model,
    metrics: NO_METRICS,
    baseline: null,
    verdict,
    autoPromote: false,
    labelCount: 0,
    parentId: null,
    log: (line) => lines.push(line),
  });
}

const scoreOnce = (datasetId: string, modelVersionId: string) =>
  scorePatches(db, store, {
    datasetId,
    modelVersionId,
    T: 2,
    batchSize: 8,
    applyStrategy: 'never',
    backend: 'onnxruntime',
  });

describe('the ONNX export stored at registration', () => {
  it('is written beside the TensorFlow.js artifact, checksummed, and is the graph scoring serves', async () => {
    const seeded = await seedScoringDataset(db, store, { mcSamples: 2 });
    const model = tinyModel(5);
    const lines: string[] = [];
    try {
      const { versionId } = await register(seeded.datasetId, model, lines);
      const version = await db.modelVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(version.onnxKey).toBe(objectKeys.modelOnnx(seeded.datasetId, versionId));
      const stored = new Uint8Array(await store.get(version.onnxKey ?? ''));
      expect(stored.byteLength).toBe(version.onnxBytes);
      expect(sha256(stored)).toBe(version.onnxSha256);
      // The same weights as the TensorFlow.js artifact: byte for byte what a predictor would export.
      expect(Buffer.from(stored).equals(Buffer.from(exportServingOnnx(model).bytes))).toBe(true);
      expect(lines).toEqual([]);

      const result = await scoreOnce(seeded.datasetId, versionId);
      expect(result.scored).toBe(seeded.unlabelled.length);
      expect(result.backend).toMatchObject({
        backend: 'onnxruntime',
        graph: `stored export, sha256 ${version.onnxSha256?.slice(0, 12)}…`,
      });
      const calibration = (await db.modelVersion.findUniqueOrThrow({ where: { id: versionId } })).calibration;
      expect(scoringBackends(calibration, result.method).onnxruntime?.graph).toBe(result.backend.graph);
    } finally {
      model.dispose();
    }
  });

  it('is exported again, and the record says why, for a version registered before exports were stored', async () => {
    const seeded = await seedScoringDataset(db, store, { mcSamples: 2 });
    const versionId = await registerTinyVersion(db, store, seeded.datasetId, 1, 'CANDIDATE');
    const result = await scoreOnce(seeded.datasetId, versionId);
    expect(result.scored).toBe(seeded.unlabelled.length);
    const graph = 'exported from the model (no stored export: version registered before exports were stored)';
    expect(result.backend).toMatchObject({ backend: 'onnxruntime', graph });
    const calibration = (await db.modelVersion.findUniqueOrThrow({ where: { id: versionId } })).calibration;
    expect(scoringBackends(calibration, result.method).onnxruntime?.graph).toBe(graph);
  });

  it('is refused when its checksum does not match, and the graph made again from the verified weights', async () => {
    const seeded = await seedScoringDataset(db, store, { mcSamples: 2 });
    const model = tinyModel(6);
    try {
      const { versionId } = await register(seeded.datasetId, model);
      const version = await db.modelVersion.findUniqueOrThrow({ where: { id: versionId } });
      const key = version.onnxKey ?? '';
      const bytes = new Uint8Array(await store.get(key));
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      await store.put(key, bytes, 'application/octet-stream');
      const result = await scoreOnce(seeded.datasetId, versionId);
      expect(result.scored).toBe(seeded.unlabelled.length);
      expect(result.backend.backend).toBe('onnxruntime');
      expect(result.backend.graph).toMatch(
        new RegExp(`^exported from the model \\(stored export ${key} is corrupt \\(sha256 [0-9a-f]{12}… != `),
      );
    } finally {
      model.dispose();
    }
  });
});
