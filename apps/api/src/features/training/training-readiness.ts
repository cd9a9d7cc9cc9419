import type { Db } from '@hep2/db';
import { curatedLabels } from '@hep2/db/labels';

/**
 * The least a run needs to be worth starting. Below it a run trains on a handful of patches and is
 * rejected afterwards (or fails for want of a validation specimen): the admin is told before, and
 * may still start it on purpose (`belowMinimum`), e.g. to check the pipeline on a new dataset.
 */
export const TRAINING_MINIMUM = {
  /** Curated labels (the latest approval of each approved patch, imported ground truth included). */
  labels: 20,
  /** Specimens with curated labels: one at least to train on, one at least to validate on. */
  specimens: 2,
} as const;

export interface TrainingReadinessDto {
  curatedLabels: number;
  curatedSpecimens: number;
  /** Specimens marked for validation that have curated labels (0 until the first run picks them). */
  validationSpecimens: number;
  /** Curated labels on those specimens: what the run will be measured on. */
  validationLabels: number;
  minimumLabels: number;
  minimumSpecimens: number;
  /** What falls short of the minimum, in words; empty when a run may start. */
  problems: string[];
}

/** What a run of the dataset would train and validate on now, against the documented minimum. */
export async function trainingReadiness(db: Db, datasetId: string): Promise<TrainingReadinessDto> {
  const [labels, marked] = await Promise.all([
    curatedLabels(db, datasetId),
    db.specimen.findMany({ where: { datasetId, isValidation: true }, select: { id: true } }),
  ]);
  const specimens = new Set(labels.map((l) => l.specimenId));
  const validation = new Set(marked.map((s) => s.id));
  const onValidation = labels.filter((l) => validation.has(l.specimenId));
  const problems: string[] = [];
  if (labels.length < TRAINING_MINIMUM.labels)
    problems.push(
      `${labels.length} curated label${labels.length === 1 ? '' : 's'}; a run needs at least ${TRAINING_MINIMUM.labels} ` +
        '(approve annotations, or import labels as curated)',
    );
  if (specimens.size < TRAINING_MINIMUM.specimens)
    problems.push(
      `curated labels on ${specimens.size} specimen${specimens.size === 1 ? '' : 's'}; at least ` +
        `${TRAINING_MINIMUM.specimens} are needed, one to train on and one to validate on`,
    );
  return {
    curatedLabels: labels.length,
    curatedSpecimens: specimens.size,
    validationSpecimens: new Set(onValidation.map((l) => l.specimenId)).size,
    validationLabels: onValidation.length,
    minimumLabels: TRAINING_MINIMUM.labels,
    minimumSpecimens: TRAINING_MINIMUM.specimens,
    problems,
  };
}
