import type { Db } from '@hep2/db';
import { curatedLabels, loadTaxonomy, usableLabels } from '@hep2/db/labels';
import { createTfjsPredictor, type Hep2Model, type InferencePredictor } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import { NO_TEMPERATURE, type Temperatures } from '../scoring/model-scorer';
import { loadInputs, loadMaskTarget, type ModelInputs, modelInputsFor } from '../scoring/patch-images';
import { type CalibrationSplit, splitCalibrationPatches } from './calibration-split';
import { type HeadTables, headTables, type PatchLabels, tablesForPatches } from './calibration-tables';
import { calibrateHead, type HeadCalibration } from './head-calibration';
import { type ServedSetting, servedSamplesOn } from './served-samples';

/** ModelVersion.calibration as this module writes it (the trainer's own keys are kept). */
export interface VersionCalibration {
  pattern?: Partial<HeadCalibration> & { ece?: number | null };
  intensity?: Partial<HeadCalibration> & { ece?: number | null };
  mask?: Partial<HeadCalibration>;
  fittedAt?: string;
  /** Validation patches used in all (fitting + held-out). */
  validationPatches?: number;
  split?: Omit<CalibrationSplit, 'fit' | 'heldOut'> & { fitPatches: number; heldOutPatches: number };
  /** The serving setting T was fitted for; another setting needs its own fit. */
  served?: ServedSetting;
  /** The inference backend the fitting samples ran on (the scorer's, when it passed its predictor). */
  fittedOn?: { backend: string; detail: string };
  /** Per scoring method, the backends that produced the version's scores (scoring-backend-record). */
  scoring?: unknown;
}

/**
 * The temperatures stored for a version (1 for a head never fitted); null when none are stored or
 * - given `served` - they were fitted for another serving setting (fits from before the setting
 * was recorded were made on deterministic logits and count as stale).
 */
export function storedTemperatures(calibration: unknown, served?: ServedSetting): Temperatures | null {
  const c = (calibration ?? {}) as VersionCalibration;
  if (typeof c.pattern?.temperature !== 'number') return null;
  if (served && !(c.served?.mcSamples === served.mcSamples && c.served.mode === served.mode)) return null;
  return {
    pattern: c.pattern.temperature,
    intensity: typeof c.intensity?.temperature === 'number' ? c.intensity.temperature : 1,
    mask: typeof c.mask?.temperature === 'number' ? c.mask.temperature : 1,
  };
}

const MAX_VALIDATION_PATCHES = 512;

interface ValidationPatch extends PatchLabels {
  patchId: string;
  specimenId: string;
  input: Float32Array;
}

/**
 * Fits one temperature per head on the prediction the scorer serves in `served` (MC-averaged when
 * mcSamples > 1), using half of the dataset's validation patches (approved annotations only),
 * split by specimen, and measures NLL / ECE before and after on the other half. Stores it all in
 * ModelVersion.calibration and returns the temperatures. Without validation labels the heads stay
 * uncalibrated (T = 1) and nothing is written. `predictor` is the scorer's own (ONNX Runtime or
 * tfjs), so the fit runs on the backend path that serves; without it, tfjs on `model`.
 */
export async function calibrateModelVersion(
  db: Db,
  store: ObjectStore,
  version: { id: string; datasetId: string; calibration: unknown },
  model: Hep2Model,
  served: ServedSetting = { mcSamples: 1, mode: 'heads' },
  predictor: InferencePredictor = createTfjsPredictor(model),
): Promise<Temperatures> {
  const patches = await loadValidationPatches(
    db,
    store,
    version.datasetId,
    await modelInputsFor(db, version.datasetId, model.config),
  );
  if (patches.length === 0) return NO_TEMPERATURE;
  const split = splitCalibrationPatches(patches, version.id);
  const position = new Map(patches.map((p, i) => [p.patchId, i]));
  const rowsOf = (ids: string[]) => ids.map((id) => position.get(id) as number);
  const samples = await servedSamplesOn(
    predictor,
    patches.map((p) => p.input),
    served,
  );
  const tables = headTables(samples, patches, model.config.patternClasses);
  const pixels = samples.maskPixelIndex.length;
  const fit = tablesForPatches(tables, rowsOf(split.fit), pixels);
  const heldOut = tablesForPatches(tables, rowsOf(split.heldOut), pixels);
  const heads = calibrateHeads(fit, heldOut);
  const fittedOn = predictor.backendFor(served);
  const existing = (version.calibration ?? {}) as VersionCalibration;
  const { fit: fitIds, heldOut: heldOutIds, ...splitFacts } = split;
  const next: VersionCalibration = {
    ...existing,
    pattern: { ...existing.pattern, ...heads.pattern },
    intensity: { ...existing.intensity, ...heads.intensity },
    ...(heads.mask ? { mask: heads.mask } : {}),
    fittedAt: new Date().toISOString(),
    validationPatches: patches.length,
    split: { ...splitFacts, fitPatches: fitIds.length, heldOutPatches: heldOutIds.length },
    served,
    fittedOn: { backend: fittedOn.backend, detail: fittedOn.detail },
  };
  delete next.scoring;
  // The scoring record is the scoring jobs' (merged in place by each): kept as stored now.
  await db.$executeRaw`
    update "ModelVersion" set calibration = ${JSON.stringify(next)}::jsonb
      || jsonb_strip_nulls(jsonb_build_object('scoring', calibration->'scoring'))
    where id = ${version.id}::uuid`;
  return {
    pattern: heads.pattern.temperature,
    intensity: heads.intensity.temperature,
    mask: heads.mask?.temperature ?? 1,
  };
}

function calibrateHeads(fit: HeadTables, heldOut: HeadTables) {
  return {
    pattern: calibrateHead(fit.pattern, heldOut.pattern),
    intensity: calibrateHead(fit.intensity, heldOut.intensity),
    mask: fit.mask && heldOut.mask ? calibrateHead(fit.mask, heldOut.mask) : null,
  };
}

/**
 * The curated labels of the validation patches (@hep2/db/labels), decoded, with the class indices
 * the trained heads use (the taxonomy's: order of position / rank, a BINARY dataset's top two ranks
 * as 0 / 1 and lower ranks without a target, -1).
 */
async function loadValidationPatches(
  db: Db,
  store: ObjectStore,
  datasetId: string,
  inputs: ModelInputs,
): Promise<ValidationPatch[]> {
  const [taxonomy, labels] = await Promise.all([
    loadTaxonomy(db, datasetId),
    curatedLabels(db, datasetId, { validationOnly: true, limit: MAX_VALIDATION_PATCHES }),
  ]);
  const refs = usableLabels(labels, taxonomy).map((l) => ({
    patchId: l.patchId,
    specimenId: l.specimenId,
    imageKey: l.imageKey,
    maskKey: l.maskKey,
    pattern: l.pattern ?? -1,
    intensity: l.intensity ?? -1,
  }));
  const loaded = (await loadInputs(store, refs, inputs)).filter((r) => r.input !== null);
  const out: ValidationPatch[] = [];
  // One mask at a time: up to 512 reads, no need to open them all at once.
  for (const { item, input } of loaded) {
    out.push({
      patchId: item.patchId,
      specimenId: item.specimenId,
      input: input as Float32Array,
      pattern: item.pattern,
      intensity: item.intensity,
      mask: item.maskKey ? await loadMaskTarget(store, item.maskKey, inputs.side) : null,
    });
  }
  return out;
}
