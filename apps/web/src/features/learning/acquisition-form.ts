import { z } from 'zod';
import { parseAcquisition } from './acquisition-json';

/** The editable part of the acquisition settings, as the form holds it (strings, straight from inputs). */
export interface AcquisitionFormValues {
  strategy: string;
  batchSize: string;
  mcSamples: string;
  /** Where MC sampling re-draws dropout: 'heads' (~1x cost) or 'full' (the mask too, ~T x). */
  mcDropout: string;
  /** The mask head's uncertainty: pixel entropy, boundary entropy, or BALD (needs 'full'). */
  maskMeasure: string;
  weightPattern: string;
  weightIntensity: string;
  weightMask: string;
  normalise: string;
  rareShare: string;
  seed: string;
}

export const NORMALISE_OPTIONS = ['rank', 'zscore'] as const;
export const MC_DROPOUT_OPTIONS = ['heads', 'full'] as const;
export const MASK_MEASURE_OPTIONS = ['pixel-entropy', 'boundary', 'bald'] as const;

const num = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .transform(Number)
    .refine((n) => Number.isFinite(n), `${label} must be a number`);

const formSchema = z
  .object({
    strategy: z.string().min(1, 'Pick a strategy'),
    batchSize: num('Batch size').refine((n) => Number.isInteger(n) && n >= 1 && n <= 10_000, {
      message: 'Batch size must be a whole number from 1 to 10000',
    }),
    mcSamples: num('MC-dropout passes').refine((n) => Number.isInteger(n) && n >= 1 && n <= 64, {
      message: 'MC-dropout passes must be a whole number from 1 to 64',
    }),
    mcDropout: z.enum(MC_DROPOUT_OPTIONS, { message: 'Pick heads or full' }),
    maskMeasure: z.enum(MASK_MEASURE_OPTIONS, { message: 'Pick a mask measure' }),
    weightPattern: num('Pattern weight').refine((n) => n >= 0 && n <= 100, 'Weights are 0 to 100'),
    weightIntensity: num('Intensity weight').refine((n) => n >= 0 && n <= 100, 'Weights are 0 to 100'),
    weightMask: num('Mask weight').refine((n) => n >= 0 && n <= 100, 'Weights are 0 to 100'),
    normalise: z.string().min(1),
    rareShare: num('Rare-class share').refine((n) => n >= 0 && n <= 1, 'Rare-class share is 0 to 1'),
    seed: num('Seed').refine((n) => Number.isInteger(n) && n >= 0, 'Seed must be a whole number ≥ 0'),
  })
  .refine((v) => v.weightPattern + v.weightIntensity + v.weightMask > 0, {
    message: 'At least one head weight must be above 0',
    path: ['weightPattern'],
  })
  // Mask BALD needs sampled masks: only full-network MC dropout with more than one pass gives them.
  .refine((v) => v.maskMeasure !== 'bald' || (v.mcDropout === 'full' && v.mcSamples > 1), {
    message: 'Mask BALD needs MC-dropout mode full and at least 2 passes',
    path: ['maskMeasure'],
  });

export type FieldErrors = Partial<Record<keyof AcquisitionFormValues, string>>;

/** Form values from the stored settings (the API fills every default in). */
export function formFromSettings(settings: unknown): AcquisitionFormValues {
  const s = parseAcquisition(settings);
  const str = (n: number | undefined, fallback: string) => (n === undefined ? fallback : String(n));
  return {
    strategy: s.strategy ?? 'multitask',
    batchSize: str(s.batchSize, '50'),
    mcSamples: str(s.mcSamples, '8'),
    mcDropout: s.mcDropout ?? 'heads',
    maskMeasure: s.measures?.mask ?? 'pixel-entropy',
    weightPattern: str(s.weights?.pattern, '0.5'),
    weightIntensity: str(s.weights?.intensity, '0.25'),
    weightMask: str(s.weights?.mask, '0.25'),
    normalise: s.normalise ?? 'rank',
    rareShare: str(s.rareClasses?.share, '0.2'),
    seed: str(s.seed, '1'),
  };
}

/**
 * Validates the form; on success returns the settings to send: the stored object with the edited fields
 * replaced, so parts the form does not edit (the pattern and intensity measures, diversity, rare-class
 * classes) keep their values.
 */
export function settingsFromForm(
  values: AcquisitionFormValues,
  stored: unknown,
): { ok: true; settings: Record<string, unknown> } | { ok: false; errors: FieldErrors } {
  const parsed = formSchema.safeParse(values);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof AcquisitionFormValues | undefined;
      if (key && !errors[key]) errors[key] = issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const base = isRecord(stored) ? stored : {};
  const rare = isRecord(base.rareClasses) ? base.rareClasses : {};
  const measures = isRecord(base.measures) ? base.measures : {};
  return {
    ok: true,
    settings: {
      ...base,
      strategy: v.strategy,
      batchSize: v.batchSize,
      mcSamples: v.mcSamples,
      mcDropout: v.mcDropout,
      measures: { ...measures, mask: v.maskMeasure },
      weights: { pattern: v.weightPattern, intensity: v.weightIntensity, mask: v.weightMask },
      normalise: v.normalise,
      rareClasses: { ...rare, share: v.rareShare },
      seed: v.seed,
    },
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
