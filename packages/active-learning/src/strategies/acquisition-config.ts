import { z } from 'zod';

/** The named strategies (see strategy.registry.ts); the admin picks one per dataset. */
export const STRATEGY_NAMES = [
  'random',
  'pattern-uncertainty',
  'intensity-uncertainty',
  'mask-uncertainty',
  'multitask',
  'specimen',
] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

const weight = (fallback: number) => z.number().min(0).max(100).default(fallback);

/**
 * Dataset.acquisition, validated into a new object with every default filled in. Unknown keys are
 * refused so that a typo ("wieghts") fails instead of silently using the defaults.
 */
export const acquisitionSettingsSchema = z
  .object({
    strategy: z.enum(STRATEGY_NAMES).default('multitask'),
    /** How many patches form one acquisition batch (the head of the queue the selectors shape). */
    batchSize: z.number().int().min(1).max(10_000).default(50),
    /** MC-dropout passes of the heads when scoring; 1 = deterministic (no BALD). */
    mcSamples: z.number().int().min(1).max(64).default(8),
    /**
     * Which dropout MC sampling re-draws: 'heads' (default; ~1x cost, deterministic mask) or 'full'
     * (bottleneck dropout too: decoder runs T times, the mask gets a sampled uncertainty and BALD).
     */
    mcDropout: z.enum(['heads', 'full']).default('heads'),
    /** Multi-task combination: weight per head of its normalised uncertainty. */
    weights: z
      .object({ pattern: weight(0.5), intensity: weight(0.25), mask: weight(0.25) })
      .strict()
      .prefault({}),
    /** How each head's uncertainty is made comparable before weighting. */
    normalise: z.enum(['rank', 'zscore']).default('rank'),
    /** Which stored measure stands for each head's uncertainty. */
    measures: z
      .object({
        pattern: z.enum(['entropy', 'margin', 'bald']).default('entropy'),
        intensity: z.enum(['entropy', 'margin', 'bald']).default('entropy'),
        /** 'bald' needs mcDropout 'full' (falls back to pixel entropy otherwise). */
        mask: z.enum(['pixel-entropy', 'boundary', 'bald']).default('pixel-entropy'),
      })
      .strict()
      .prefault({}),
    /** Keeps a batch from being many near-copies of one uncertain look. */
    diversity: z
      .object({
        kind: z.enum(['none', 'k-center', 'specimen-cap']).default('k-center'),
        /** k-center picks among the top candidateFactor x batchSize by score. */
        candidateFactor: z.number().min(1).max(50).default(3),
        /** specimen-cap: at most this many patches of one specimen per batch. */
        maxPerSpecimen: z.number().int().min(1).max(1000).default(4),
      })
      .strict()
      .prefault({}),
    /** Reserves a share of every batch for patches predicted as rare patterns. */
    rareClasses: z
      .object({
        share: z.number().min(0).max(1).default(0.2),
        /** Pattern class indices; empty = the `autoCount` classes with the fewest curated labels. */
        classes: z.array(z.number().int().min(0)).default([]),
        autoCount: z.number().int().min(0).max(100).default(2),
      })
      .strict()
      .prefault({}),
    /** Seed of the random strategy and tie-breaks (same seed, same order). */
    seed: z.number().int().min(0).default(1),
  })
  .strict();

export type AcquisitionSettings = z.infer<typeof acquisitionSettingsSchema>;
export type AcquisitionSettingsInput = z.input<typeof acquisitionSettingsSchema>;

export class AcquisitionSettingsError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`Invalid acquisition settings: ${field}: ${reason}`);
    this.name = 'AcquisitionSettingsError';
  }
}

/** Parses stored or submitted settings; the error names the first bad field. */
export function parseAcquisitionSettings(input: unknown): AcquisitionSettings {
  const parsed = acquisitionSettingsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AcquisitionSettingsError(issue?.path.join('.') || 'settings', issue?.message ?? 'invalid');
}

/** The Prediction.method the settings score with (full-network MC dropout is its own method). */
export function scoringMethod(
  settings: Pick<AcquisitionSettings, 'mcSamples'> & Partial<Pick<AcquisitionSettings, 'mcDropout'>>,
): string {
  if (settings.mcSamples <= 1) return 'deterministic';
  return settings.mcDropout === 'full'
    ? `mc-dropout-full-${settings.mcSamples}`
    : `mc-dropout-${settings.mcSamples}`;
}
