/** The create form's grid choices: mask loss x task weighting (the trainer's defaults, all ticked). */
export const MASK_LOSSES = ['bce', 'dice', 'bce+dice'] as const;

export const WEIGHTINGS = [
  { id: 'gradnorm-0.06', label: 'GradNorm α 0.06', value: { kind: 'gradnorm', alpha: 0.06 } },
  { id: 'gradnorm-0.12', label: 'GradNorm α 0.12', value: { kind: 'gradnorm', alpha: 0.12 } },
  { id: 'fixed', label: 'Fixed weights', value: { kind: 'fixed' } },
  { id: 'uncertainty', label: 'Uncertainty weighting', value: { kind: 'uncertainty' } },
] as const;

export interface ExperimentFormValues {
  name: string;
  folds: string;
  seed: string;
  maskLosses: string[];
  weightings: string[];
}

export const defaultExperimentForm = (): ExperimentFormValues => ({
  name: '',
  folds: '3',
  seed: '1',
  maskLosses: [...MASK_LOSSES],
  weightings: WEIGHTINGS.map((w) => w.id),
});

export type ExperimentInput = {
  name: string;
  folds: number;
  seed: number;
  grid: { maskLosses: string[]; weightings: { kind: string; alpha?: number }[] };
};

/** Validates the form into createExperiment's arguments, or a message per problem. */
export function experimentInput(
  v: ExperimentFormValues,
): { ok: true; input: ExperimentInput } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const folds = Number(v.folds);
  const seed = Number(v.seed);
  if (v.name.trim() === '') errors.push('Name is required.');
  if (!Number.isInteger(folds) || folds < 2 || folds > 20)
    errors.push('Folds must be a whole number from 2 to 20.');
  if (!Number.isInteger(seed) || seed < 0) errors.push('Seed must be a whole number ≥ 0.');
  const maskLosses = MASK_LOSSES.filter((m) => v.maskLosses.includes(m));
  const weightings = WEIGHTINGS.filter((w) => v.weightings.includes(w.id)).map((w) => ({ ...w.value }));
  if (maskLosses.length === 0) errors.push('Pick at least one mask loss.');
  if (weightings.length === 0) errors.push('Pick at least one task weighting.');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, input: { name: v.name.trim(), folds, seed, grid: { maskLosses, weightings } } };
}
