import type { Db, Prisma } from '@hep2/db';
import type { Hep2Model } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import { NO_TEMPERATURE, type Temperatures } from '../scoring/model-scorer';
import { loadInputs, loadMaskTarget } from '../scoring/patch-images';
import { type CalibrationSplit, splitCalibrationPatches } from './calibration-split';
import { type HeadTables, headTables, type PatchLabels, tablesForPatches } from './calibration-tables';
import { calibrateHead, type HeadCalibration } from './head-calibration';
import { type ServedSetting, servedSamples } from './served-samples';

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
 * uncalibrated (T = 1) and nothing is written.
 */
export async function calibrateModelVersion(
  db: Db,
  store: ObjectStore,
  version: { id: string; datasetId: string; calibration: unknown },
  model: Hep2Model,
  served: ServedSetting = { mcSamples: 1, mode: 'heads' },
): Promise<Temperatures> {
  const patches = await loadValidationPatches(db, store, version.datasetId, model.config.inputSize);
  if (patches.length === 0) return NO_TEMPERATURE;
  const split = splitCalibrationPatches(patches, version.id);
  const position = new Map(patches.map((p, i) => [p.patchId, i]));
  const rowsOf = (ids: string[]) => ids.map((id) => position.get(id) as number);
  const samples = servedSamples(
    model,
    patches.map((p) => p.input),
    served,
  );
  const tables = headTables(samples, patches, model.config.patternClasses);
  const pixels = samples.maskPixelIndex.length;
  const fit = tablesForPatches(tables, rowsOf(split.fit), pixels);
  const heldOut = tablesForPatches(tables, rowsOf(split.heldOut), pixels);
  const heads = calibrateHeads(fit, heldOut);
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
  };
  await db.modelVersion.update({
    where: { id: version.id },
    data: { calibration: JSON.parse(JSON.stringify(next)) as Prisma.InputJsonValue },
  });
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

/** The newest approved annotation of each validation patch, decoded, with its labels. */
async function loadValidationPatches(
  db: Db,
  store: ObjectStore,
  datasetId: string,
  side: number,
): Promise<ValidationPatch[]> {
  const [patterns, levels] = await Promise.all([
    db.patternClass.findMany({ where: { datasetId }, select: { id: true, position: true } }),
    db.intensityLevel.findMany({ where: { datasetId }, select: { id: true, rank: true } }),
  ]);
  const patternAt = new Map(patterns.map((p) => [p.id, p.position]));
  const levelAt = new Map(levels.map((l) => [l.id, l.rank]));
  const annotations = await db.annotation.findMany({
    where: { status: 'APPROVED', patch: { datasetId, specimen: { isValidation: true } } },
    select: {
      patchId: true,
      patternClassId: true,
      intensityLevelId: true,
      maskKey: true,
      patch: { select: { imageKey: true, maskKey: true, specimenId: true } },
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: MAX_VALIDATION_PATCHES * 2,
  });
  const seen = new Set<string>();
  const refs = annotations
    .filter((a) => !seen.has(a.patchId) && seen.add(a.patchId))
    .slice(0, MAX_VALIDATION_PATCHES)
    .map((a) => ({
      patchId: a.patchId,
      specimenId: a.patch.specimenId,
      imageKey: a.patch.imageKey,
      maskKey: a.maskKey ?? a.patch.maskKey,
      pattern: a.patternClassId ? (patternAt.get(a.patternClassId) ?? -1) : -1,
      intensity: a.intensityLevelId ? (levelAt.get(a.intensityLevelId) ?? -1) : -1,
    }));
  const loaded = (await loadInputs(store, refs, side)).filter((r) => r.input !== null);
  const out: ValidationPatch[] = [];
  // One mask at a time: up to 512 reads, no need to open them all at once.
  for (const { item, input } of loaded) {
    out.push({
      patchId: item.patchId,
      specimenId: item.specimenId,
      input: input as Float32Array,
      pattern: item.pattern,
      intensity: item.intensity,
      mask: item.maskKey ? await loadMaskTarget(store, item.maskKey, side) : null,
    });
  }
  return out;
}
