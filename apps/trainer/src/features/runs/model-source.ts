import type { Db } from '@hep2/db';
import { createModel, deserializeModel, type Hep2Model, type ModelConfigInput } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import { type RunConfig, readVerifiedArtifact, runViewSize } from '@hep2/training';
import type { DatasetTaxonomy } from '../data/dataset-taxonomy';

export interface ActiveVersion {
  id: string;
  number: number;
  model: Hep2Model;
}

/** The architecture a run asks for, with the dataset's class counts. */
export function modelConfigFor(config: RunConfig, taxonomy: DatasetTaxonomy): ModelConfigInput {
  return {
    variant: config.variant,
    inputSize: config.inputSize,
    patternClasses: taxonomy.patternClasses,
    intensityLevels: taxonomy.intensityLevels,
    width: config.width,
    blocks: config.blocks,
    seed: config.seed,
    inputNormalisation: config.inputNormalisation,
    inputGain: config.inputGain,
    patchView: config.patchView,
    viewSize: runViewSize(config),
  };
}

/** The dataset's ACTIVE version, checksum-verified and loaded, or null when there is none. */
export async function loadActiveVersion(
  db: Db,
  store: ObjectStore,
  datasetId: string,
): Promise<ActiveVersion | null> {
  const version = await db.modelVersion.findFirst({
    where: { datasetId, status: 'ACTIVE' },
    select: { id: true, number: true, artifactKey: true, artifactSha256: true },
  });
  if (!version) return null;
  const bytes = await readVerifiedArtifact(store, version);
  return { id: version.id, number: version.number, model: await deserializeModel(bytes) };
}

/** Whether a run can fine-tune the active version (same input size and heads), else it starts fresh. */
export function canFineTune(active: Hep2Model, wanted: ModelConfigInput): string | null {
  const a = active.config;
  if (a.inputSize !== wanted.inputSize) return `input size ${a.inputSize} != ${wanted.inputSize}`;
  if (a.patternClasses !== wanted.patternClasses)
    return `pattern classes ${a.patternClasses} != ${wanted.patternClasses}`;
  if (a.intensityLevels !== wanted.intensityLevels)
    return `intensity levels ${a.intensityLevels} != ${wanted.intensityLevels}`;
  if (a.variant !== wanted.variant) return `variant ${a.variant} != ${wanted.variant}`;
  // A version trained on stretched (min-max) patches cannot become a brightness-aware one by fine-tuning.
  if (wanted.inputNormalisation && a.inputNormalisation !== wanted.inputNormalisation)
    return `input normalisation ${a.inputNormalisation} != ${wanted.inputNormalisation}`;
  if (wanted.inputGain !== undefined && a.inputGain !== wanted.inputGain)
    return `input gain ${a.inputGain} != ${wanted.inputGain}`;
  // Windows of native-resolution patches and shrunken whole patches are different images of a cell.
  if (wanted.patchView && a.patchView !== wanted.patchView)
    return `patch view ${a.patchView} != ${wanted.patchView}`;
  // The same windows of a patch seen at another size show cells at another scale.
  if (wanted.viewSize !== undefined && a.viewSize !== wanted.viewSize)
    return `view size ${a.viewSize} != ${wanted.viewSize}`;
  return null;
}

export const freshModel = (wanted: ModelConfigInput): Hep2Model => createModel(wanted);
