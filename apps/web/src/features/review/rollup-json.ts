import { z } from 'zod';

const ref = z.object({ id: z.string(), key: z.string() }).nullable().optional().catch(null);
const schema = z
  .object({
    pattern: ref,
    intensity: ref,
    votes: z
      .object({
        pattern: z.record(z.string(), z.number()).catch({}),
        intensity: z.record(z.string(), z.number()).catch({}),
      })
      .partial()
      .optional()
      .catch(undefined),
    source: z.string().optional().catch(undefined),
    patches: z.number().optional().catch(undefined),
    updatedAt: z.string().optional().catch(undefined),
  })
  .partial();

export type SpecimenRollup = z.infer<typeof schema>;

/** Specimen.rollup (the rolled-up verdict) or null when none was computed yet. */
export function parseRollup(value: unknown): SpecimenRollup | null {
  if (value === null || value === undefined) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
