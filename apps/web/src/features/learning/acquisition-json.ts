import { z } from 'zod';

/**
 * Dataset.acquisition as the active-learning package documents it (strategy, batch, per-head weights,
 * measures, diversity, rare-class quota). Parsed leniently for display: absent parts are absent.
 */
const schema = z
  .object({
    strategy: z.string(),
    batchSize: z.number(),
    mcSamples: z.number(),
    mcDropout: z.string(),
    weights: z.object({ pattern: z.number(), intensity: z.number(), mask: z.number() }).partial(),
    normalise: z.string(),
    measures: z.object({ pattern: z.string(), intensity: z.string(), mask: z.string() }).partial(),
    diversity: z
      .object({ kind: z.string(), candidateFactor: z.number(), maxPerSpecimen: z.number() })
      .partial(),
    rareClasses: z
      .object({ share: z.number(), classes: z.array(z.number()), autoCount: z.number() })
      .partial(),
    seed: z.number(),
  })
  .partial();

export type AcquisitionView = z.infer<typeof schema>;

export function parseAcquisition(value: unknown): AcquisitionView {
  const parsed = schema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
