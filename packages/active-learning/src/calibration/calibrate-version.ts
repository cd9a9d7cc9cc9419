import type { Db, Prisma } from '@hep2/db';
import { concatFloat32, type Hep2Model } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import { NO_TEMPERATURE, type Temperatures, validationOutputs } from '../scoring/model-scorer';
import { loadInputs, loadMaskTarget } from '../scoring/patch-images';
import { calibrateHead, type HeadCalibration } from './head-calibration';
import { probsToLogits } from './temperature-scaling';

/** ModelVersion.calibration as this module writes it (the trainer's own keys are kept). */
export interface VersionCalibration {
  pattern?: Partial<HeadCalibration> & { ece?: number | null };
  intensity?: Partial<HeadCalibration> & { ece?: number | null };
  mask?: Partial<HeadCalibration>;
  fittedAt?: string;
  validationPatches?: number;
}

/** The temperatures stored for a version (1 for a head never fitted). */
export function storedTemperatures(calibration: unknown): Temperatures | null {
  const c = (calibration ?? {}) as VersionCalibration;
  if (typeof c.pattern?.temperature !== 'number') return null;
  return {
    pattern: c.pattern.temperature,
    intensity: typeof c.intensity?.temperature === 'number' ? c.intensity.temperature : 1,
    mask: typeof c.mask?.temperature === 'number' ? c.mask.temperature : 1,
  };
}

// Every 4th pixel is plenty for one scalar and keeps the table small.
const MASK_PIXEL_STRIDE = 4;
const MAX_VALIDATION_PATCHES = 512;

/**
 * Fits one temperature per head on the dataset's validation specimens (approved annotations only:
 * the labels people curated), stores T, NLL and ECE before/after and the reliability diagrams in
 * ModelVersion.calibration, and returns the temperatures. Without validation labels the heads stay
 * uncalibrated (T = 1) and nothing is written.
 */
export async function calibrateModelVersion(
  db: Db,
  store: ObjectStore,
  version: { id: string; datasetId: string; calibration: unknown },
  model: Hep2Model,
): Promise<Temperatures> {
  const [patterns, levels] = await Promise.all([
    db.patternClass.findMany({
      where: { datasetId: version.datasetId },
      select: { id: true, position: true },
    }),
    db.intensityLevel.findMany({ where: { datasetId: version.datasetId }, select: { id: true, rank: true } }),
  ]);
  const patternAt = new Map(patterns.map((p) => [p.id, p.position]));
  const levelAt = new Map(levels.map((l) => [l.id, l.rank]));
  const annotations = await db.annotation.findMany({
    where: { status: 'APPROVED', patch: { datasetId: version.datasetId, specimen: { isValidation: true } } },
    select: {
      patchId: true,
      patternClassId: true,
      intensityLevelId: true,
      maskKey: true,
      patch: { select: { imageKey: true, maskKey: true } },
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: MAX_VALIDATION_PATCHES * 2,
  });
  const seen = new Set<string>();
  const refs = annotations
    .filter((a) => {
      if (seen.has(a.patchId)) return false;
      seen.add(a.patchId);
      return true;
    })
    .slice(0, MAX_VALIDATION_PATCHES)
    .map((a) => ({
      imageKey: a.patch.imageKey,
      maskKey: a.maskKey ?? a.patch.maskKey,
      pattern: a.patternClassId ? (patternAt.get(a.patternClassId) ?? -1) : -1,
      intensity: a.intensityLevelId ? (levelAt.get(a.intensityLevelId) ?? -1) : -1,
    }));
  if (refs.length === 0) return NO_TEMPERATURE;
  const side = model.config.inputSize;
  const loaded = (await loadInputs(store, refs, side)).filter((r) => r.input !== null);
  const outputs = validationOutputs(
    model,
    loaded.map((r) => r.input as Float32Array),
  );
  const k = model.config.patternClasses;
  const l = outputs.intensity[0]?.length ?? 2;
  const pattern = calibrateHead({
    logits: probsToLogits(concatFloat32(outputs.pattern)),
    labels: loaded.map((r) => r.item.pattern),
    classes: k,
  });
  const intensity = calibrateHead({
    logits: probsToLogits(concatFloat32(outputs.intensity)),
    labels: loaded.map((r) => r.item.intensity),
    classes: l,
  });
  const mask = await maskCalibration(store, loaded, outputs.mask, side);
  const existing = (version.calibration ?? {}) as VersionCalibration;
  const next: VersionCalibration = {
    ...existing,
    pattern: { ...existing.pattern, ...pattern },
    intensity: { ...existing.intensity, ...intensity },
    ...(mask ? { mask } : {}),
    fittedAt: new Date().toISOString(),
    validationPatches: loaded.length,
  };
  await db.modelVersion.update({
    where: { id: version.id },
    data: { calibration: JSON.parse(JSON.stringify(next)) as Prisma.InputJsonValue },
  });
  return { pattern: pattern.temperature, intensity: intensity.temperature, mask: mask?.temperature ?? 1 };
}

async function maskCalibration(
  store: ObjectStore,
  loaded: { item: { maskKey: string | null } }[],
  masks: Float32Array[],
  side: number,
): Promise<HeadCalibration | null> {
  const logits: number[] = [];
  const labels: number[] = [];
  for (const [i, r] of loaded.entries()) {
    if (!r.item.maskKey) continue;
    const target = await loadMaskTarget(store, r.item.maskKey, side);
    const probs = masks[i] as Float32Array;
    for (let p = 0; p < target.length; p += MASK_PIXEL_STRIDE) {
      const q = Math.min(1 - 1e-7, Math.max(1e-7, probs[p] as number));
      logits.push(0, Math.log(q / (1 - q)));
      labels.push(target[p] as number);
    }
  }
  return labels.length === 0 ? null : calibrateHead({ logits, labels, classes: 2 });
}
