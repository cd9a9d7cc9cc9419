import { z } from 'zod';
import { type RunConfig, type RunConfigContext, RunConfigError, resolveRunConfig } from '../runs/run-config';

const weightingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gradnorm'), alpha: z.number().min(0).max(5) }).strict(),
  z.object({ kind: z.literal('fixed') }).strict(),
  z.object({ kind: z.literal('uncertainty') }).strict(),
]);

const variantSchema = z
  .object({
    variant: z.enum(['lite', 'standard', 'reference']),
    width: z.number().int().min(1).max(256).optional(),
    blocks: z.array(z.number().int().min(1).max(64)).min(1).max(4).optional(),
    inputSize: z.number().int().min(32).max(512).optional(),
  })
  .strict();

/** Settings the grid owns: a base config may not set them. */
const GRID_OWNED = [
  'variant',
  'width',
  'blocks',
  'maskLoss',
  'weighting',
  'gradNormAlpha',
  'fromScratch',
  'autoPromote',
  'validationSpecimenIds',
  'weakLabels',
  'seed',
  'trainThreads',
] as const;

/**
 * The grid of an experiment: the cartesian product mask loss x task weighting x model variant,
 * every cell sharing `base` (epochs, input size, batch, learning rate, augmentation...).
 * Defaults are the seed's comparison plus the two common alternatives.
 */
export const experimentGridSchema = z
  .object({
    maskLosses: z
      .array(z.enum(['bce', 'dice', 'bce+dice']))
      .min(1)
      .default(['bce', 'dice', 'bce+dice']),
    weightings: z
      .array(weightingSchema)
      .min(1)
      .default([
        { kind: 'gradnorm', alpha: 0.06 },
        { kind: 'gradnorm', alpha: 0.12 },
        { kind: 'fixed' },
        { kind: 'uncertainty' },
      ]),
    variants: z
      .array(variantSchema)
      .min(1)
      .default([{ variant: 'lite' }]),
    base: z.record(z.string(), z.unknown()).default({}),
    /** Attempts per cell x fold before the experiment gives up on it (a crashed run is retried). */
    maxAttempts: z.number().int().min(1).max(5).default(2),
    /**
     * Threads per training step of every run (data-parallel BatchNorm normalises over each thread's
     * share of the batch, so results depend on it): 2, the trainer's default on a 2-core machine.
     */
    threads: z.number().int().min(1).max(16).default(2),
    /**
     * Repeated k-fold: the folds are drawn this many times (seed, seed + 1, ...) and every cell is
     * trained on each; pairwise tests then use the Nadeau-Bengio corrected resampled t-test.
     */
    repeats: z.number().int().min(1).max(10).default(1),
  })
  .strict();

export type ExperimentGridInput = z.input<typeof experimentGridSchema>;
export type ExperimentGrid = z.infer<typeof experimentGridSchema>;
export type Weighting = z.infer<typeof weightingSchema>;
export type VariantSpec = z.infer<typeof variantSchema>;

export interface ExperimentSetting {
  /** Stable cell key (TrainingRun.experimentCell), e.g. `dice|gradnorm-0.06|lite-w4-b1.1.1`. */
  key: string;
  label: string;
  maskLoss: RunConfig['maskLoss'];
  weighting: Weighting;
  variant: VariantSpec;
  /** The run config of every fold of this cell, without its validation specimens. */
  config: RunConfig;
}

export class ExperimentInputError extends Error {
  override name = 'ExperimentInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function resolveExperimentGrid(input: unknown): ExperimentGrid {
  const parsed = experimentGridSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = `grid.${issue?.path.join('.') ?? ''}`;
    throw new ExperimentInputError(
      field,
      `Invalid experiment grid: ${field}: ${issue?.message ?? 'invalid'}`,
    );
  }
  for (const key of GRID_OWNED) {
    if (key in parsed.data.base)
      throw new ExperimentInputError(
        `grid.base.${key}`,
        `grid.base.${key} is set by the experiment, not the base config`,
      );
  }
  return parsed.data;
}

/** One setting per grid cell, each with its complete, validated run config (same seed everywhere: a paired design). */
export function expandGrid(
  grid: ExperimentGrid,
  seed: number,
  context: RunConfigContext = {},
): ExperimentSetting[] {
  const settings: ExperimentSetting[] = [];
  for (const variant of grid.variants)
    for (const weighting of grid.weightings)
      for (const maskLoss of grid.maskLosses) {
        let config: RunConfig;
        try {
          config = resolveRunConfig(
            {
              ...grid.base,
              ...variant,
              maskLoss,
              weighting: weighting.kind,
              ...(weighting.kind === 'gradnorm' ? { gradNormAlpha: weighting.alpha } : {}),
              fromScratch: true,
              autoPromote: false,
              weakLabels: false,
              seed,
              trainThreads: grid.threads,
            },
            context,
          );
        } catch (error) {
          if (error instanceof RunConfigError)
            throw new ExperimentInputError(`grid.${error.field}`, error.message);
          throw error;
        }
        const v = variantKey(config);
        const w = weighting.kind === 'gradnorm' ? `gradnorm-${weighting.alpha}` : weighting.kind;
        settings.push({
          key: `${maskLoss}|${w}|${v}`,
          label: `${MASK_LABEL[maskLoss]} · ${weightingLabel(weighting)} · ${v}`,
          maskLoss,
          weighting,
          variant,
          config,
        });
      }
  const keys = new Set(settings.map((s) => s.key));
  if (keys.size !== settings.length) throw new ExperimentInputError('grid', 'the grid repeats a setting');
  return settings;
}

const MASK_LABEL = { bce: 'BCE', dice: 'Dice', 'bce+dice': 'BCE+Dice' } as const;

function weightingLabel(w: Weighting): string {
  if (w.kind === 'gradnorm') return `GradNorm α=${w.alpha}`;
  return w.kind === 'fixed' ? 'fixed equal' : 'uncertainty';
}

function variantKey(c: RunConfig): string {
  const lite = c.variant === 'lite' ? `-w${c.width}-b${(c.blocks ?? []).join('.')}` : '';
  return `${c.variant}${lite}-${c.inputSize}px`;
}
