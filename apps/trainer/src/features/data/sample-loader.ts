import { decodeImage, prepareImage, prepareMask as resizeMask } from '@hep2/data';
import type { Db } from '@hep2/db';
import { type CuratedLabel, classIndices, curatedLabels, usableLabels } from '@hep2/db/labels';
import { loadSpecimenInputScales, type SpecimenInputScales } from '@hep2/db/specimens';
import type { InputNormalisation, TrainingSample } from '@hep2/model';
import { forEachLimited, type ObjectStore } from '@hep2/storage';
import type { NativeTruth } from '../evaluation/native-truth';
import type { DatasetTaxonomy } from './dataset-taxonomy';
import type { DecodedPatch, SampleCache } from './sample-cache';
import { measureMissingWindows } from './specimen-windows';

export interface LabelledSample extends TrainingSample {
  patchId: string;
  specimenId: string;
  /** Labels inherited from the specimen (weak), not from an approved annotation. */
  weak: boolean;
  /** Where the patch came from, so the evaluation can reload it at its own resolution. */
  imageKey?: string;
  maskKey?: string | null;
  /** Full-resolution truth, attached for validation patches only (evaluation/native-truth). */
  native?: NativeTruth;
}

export interface LoaderDeps {
  db: Db;
  store: ObjectStore;
  cache: SampleCache;
}

interface SampleRef {
  patchId: string;
  specimenId: string;
  imageKey: string;
  maskKey: string | null;
  pattern: number | null;
  intensity: number | null;
  weak: boolean;
}

/**
 * Curated training data of a dataset: the latest APPROVED annotation of every APPROVED patch (mask
 * from the annotation, else the patch's imported ground truth), plus - when asked - weak specimen
 * labels for patches without one. Images are resized to inputSize on the fixed bit-depth scale (the
 * model applies its own recorded normalisation on top: see @hep2/data prepareImage); for a model
 * normalised per specimen, each is then divided by its specimen group's bright level instead
 * (@hep2/db/specimens), measuring specimens imported before levels were recorded first.
 */
export async function loadSamples(
  deps: LoaderDeps,
  datasetId: string,
  taxonomy: DatasetTaxonomy,
  opts: {
    inputSize: number;
    weakLabels: boolean;
    /** An experiment's run: exactly the labels the experiment froze, whatever is approved now. */
    frozenExperimentId?: string | null;
    /** The model's input normalisation; 'specimen' scales each patch by its group (default: not). */
    normalisation?: InputNormalisation;
    log?: (line: string) => void;
  },
): Promise<LabelledSample[]> {
  const scales = opts.normalisation === 'specimen' ? await specimenScales(deps, datasetId, opts.log) : null;
  const frozen = opts.frozenExperimentId
    ? await frozenRefs(deps.db, opts.frozenExperimentId, taxonomy)
    : null;
  const refs = frozen ?? (await approvedRefs(deps.db, datasetId, taxonomy));
  if (opts.weakLabels)
    refs.push(...(await weakRefs(deps.db, datasetId, taxonomy, new Set(refs.map((r) => r.patchId)))));
  const out: LabelledSample[] = [];
  await forEachLimited(refs, 8, async (ref) => {
    const decoded = await loadPatch(deps, ref.imageKey, ref.maskKey, opts.inputSize);
    out.push({
      ...decoded,
      // A scaled copy: the cache holds the bit-depth input every normalisation starts from.
      ...(scales ? { image: scales.scale(ref.specimenId, decoded.image) } : {}),
      patchId: ref.patchId,
      specimenId: ref.specimenId,
      pattern: ref.pattern,
      intensity: ref.intensity,
      weak: ref.weak,
      imageKey: ref.imageKey,
      maskKey: ref.maskKey,
    });
  });
  // Completion order varies with I/O; training order must not.
  return out.sort((a, b) => a.patchId.localeCompare(b.patchId));
}

/**
 * The experiment's frozen labels (ExperimentLabel, copied at creation): approvals, returns and
 * edits since do not change them; a label whose patch was deleted is gone (the report shows each
 * run's label count beside the experiment's). Null for an experiment created before labels were
 * frozen (labelCount 0): its runs keep loading what is approved.
 */
async function frozenRefs(
  db: Db,
  experimentId: string,
  taxonomy: DatasetTaxonomy,
): Promise<SampleRef[] | null> {
  const experiment = await db.experiment.findUnique({
    where: { id: experimentId },
    select: { labelCount: true },
  });
  if (!experiment || experiment.labelCount === 0) return null;
  const rows = await db.experimentLabel.findMany({
    where: { experimentId },
    select: {
      patchId: true,
      maskKey: true,
      patternClassId: true,
      intensityLevelId: true,
      patch: { select: { specimenId: true, imageKey: true } },
    },
  });
  return usableRefs(
    rows.map((row) => ({ ...row, specimenId: row.patch.specimenId, imageKey: row.patch.imageKey })),
    taxonomy,
  );
}

async function approvedRefs(db: Db, datasetId: string, taxonomy: DatasetTaxonomy): Promise<SampleRef[]> {
  return usableRefs(await curatedLabels(db, datasetId), taxonomy);
}

/** Labels as training refs; one without a mask or a class the taxonomy knows teaches nothing. */
function usableRefs(
  labels: Omit<CuratedLabel, 'annotationId' | 'approvedAt'>[],
  taxonomy: DatasetTaxonomy,
): SampleRef[] {
  return usableLabels(labels, taxonomy).map((label) => ({
    patchId: label.patchId,
    specimenId: label.specimenId,
    imageKey: label.imageKey,
    maskKey: label.maskKey,
    pattern: label.pattern,
    intensity: label.intensity,
    weak: false,
  }));
}

async function weakRefs(
  db: Db,
  datasetId: string,
  taxonomy: DatasetTaxonomy,
  exclude: Set<string>,
): Promise<SampleRef[]> {
  const rows = await db.patch.findMany({
    where: {
      datasetId,
      status: { not: 'ARCHIVED' },
      specimen: { OR: [{ patternClassId: { not: null } }, { intensityLevelId: { not: null } }] },
    },
    select: {
      id: true,
      specimenId: true,
      imageKey: true,
      maskKey: true,
      specimen: { select: { patternClassId: true, intensityLevelId: true } },
    },
  });
  return rows
    .filter((p) => !exclude.has(p.id))
    .map((p) => ({
      patchId: p.id,
      specimenId: p.specimenId,
      imageKey: p.imageKey,
      maskKey: p.maskKey,
      ...classIndices(taxonomy, p.specimen),
      weak: true,
    }));
}

async function specimenScales(
  deps: LoaderDeps,
  datasetId: string,
  log: ((line: string) => void) | undefined,
): Promise<SpecimenInputScales> {
  await measureMissingWindows(deps, datasetId, log);
  const scales = await loadSpecimenInputScales(deps.db, datasetId);
  if (scales.unmeasured > 0)
    log?.(`${scales.unmeasured} all-black specimens take their group's bright level`);
  return scales;
}

/**
 * One patch as model input: resized by area and scaled by the image's own bit depth (a 16-bit PNG
 * patch of a 16-bit specimen / 65535, an 8-bit one / 255), never stretched per patch - the model
 * applies its recorded normalisation (min-max for versions trained before) in its forward pass.
 */
async function loadPatch(
  deps: LoaderDeps,
  imageKey: string,
  maskKey: string | null,
  n: number,
): Promise<DecodedPatch> {
  // The scaling is part of the key: entries cached as min-max values must never be reused.
  const key = `${imageKey}|${maskKey ?? ''}|${n}|bit-depth`;
  const cached = deps.cache.get(key);
  if (cached) return cached;
  const image = await decodeImage(new Uint8Array(await deps.store.get(imageKey)));
  const decoded: DecodedPatch = {
    image: prepareImage(image.data, image.width, image.height, n, {
      kind: 'bit-depth',
      bitDepth: image.bitDepth,
    }),
    mask: null,
  };
  if (maskKey) {
    const mask = await decodeImage(new Uint8Array(await deps.store.get(maskKey)));
    decoded.mask = resizeMask(mask.data, mask.width, mask.height, n);
  }
  deps.cache.set(key, decoded);
  return decoded;
}
