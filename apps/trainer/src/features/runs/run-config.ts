import { z } from 'zod';

/**
 * The settings of one training run, stored validated and complete in TrainingRun.config so a run
 * can be replayed. Defaults suit CPU fine-tuning: the lite variant on 64 px patches.
 */
export const runConfigSchema = z
  .object({
    variant: z.enum(['lite', 'standard', 'reference']).default('lite'),
    /** Patches are resized to this square side before training and evaluation. */
    inputSize: z.number().int().min(32).max(512).default(64),
    /** Lite variant only: stem width and blocks per encoder stage. */
    width: z.number().int().min(1).max(256).optional(),
    blocks: z.array(z.number().int().min(1).max(64)).min(1).max(4).optional(),
    epochs: z.number().int().min(1).max(1000).default(5),
    batchSize: z.number().int().min(1).max(256).default(8),
    learningRate: z.number().positive().max(1).default(1e-3),
    weighting: z.enum(['gradnorm', 'fixed', 'uncertainty']).default('gradnorm'),
    gradNormAlpha: z.number().min(0).max(5).default(0.06),
    maskLoss: z.enum(['bce', 'dice', 'bce+dice']).default('bce+dice'),
    augment: z.boolean().default(true),
    /** Ignore the active model version and start from random weights. */
    fromScratch: z.boolean().default(false),
    /** Also train on specimen-level (weak) labels of patches without an approved annotation. */
    weakLabels: z.boolean().default(false),
    /** Share of specimens picked for validation when the dataset has none yet. */
    validationFraction: z.number().min(0.05).max(0.5).default(0.2),
    /**
     * Validate on exactly these specimens (and train on all others) instead of the dataset's fixed
     * validation specimens: an experiment's fold. Stored in the config so the split is reproducible.
     */
    validationSpecimenIds: z.array(z.string().uuid()).min(1).max(100_000).optional(),
    maxTrainSamples: z.number().int().positive().optional(),
    /** Evaluate on the validation patches every this many epochs (losses, Dice, accuracies); 0 = never. */
    validateEvery: z.number().int().min(0).max(1000).default(1),
    /** Write a checkpoint every this many epochs, so a killed run resumes; 0 = never. */
    checkpointEvery: z.number().int().min(0).max(1000).default(1),
    seed: z.number().int().min(0).max(2_147_483_647).default(1),
    /** Overrides the dataset policy's autoPromote for this run. */
    autoPromote: z.boolean().optional(),
  })
  .strict();

export type RunConfig = z.infer<typeof runConfigSchema>;
export type RunConfigInput = z.input<typeof runConfigSchema>;

export class RunConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'RunConfigError';
  }
}

/** Validates into a new, complete object; the error names the first bad field. */
export function resolveRunConfig(input: unknown): RunConfig {
  const parsed = runConfigSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new RunConfigError(
      field,
      `Invalid training config: ${field || 'config'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const config = parsed.data;
  if (config.variant === 'lite') {
    config.width ??= 8;
    config.blocks ??= [1, 1, 1];
    const stride = 2 ** (config.blocks.length + 1);
    if (config.inputSize % stride !== 0 || config.inputSize < 2 * stride) {
      throw new RunConfigError(
        'inputSize',
        `Invalid training config: inputSize: must be a multiple of ${stride} and at least ${2 * stride} for ${config.blocks.length} stages`,
      );
    }
  }
  return config;
}
