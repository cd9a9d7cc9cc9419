import type { IntensityMode } from '@hep2/db';
import { z } from 'zod';
import { CatalogError } from '../catalog-error';
import { intensityLevelsFor, type TaxonomyInput } from './reference-taxonomy';

const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_]*$/, 'use lower-case letters, digits and underscores, e.g. "fine_speckled"');
const name = z.string().trim().min(1, 'must not be empty');
const shortcut = z.string().trim().length(1, 'one key, e.g. "1"').nullish();

const patternSchema = z.strictObject({
  key,
  name,
  icapCodes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^AC-\d{1,2}$/, 'an ICAP code such as "AC-4"'),
    )
    .optional()
    .default([]),
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as "#f28e2b"')
    .optional(),
  shortcut,
});

const intensitySchema = z.strictObject({ key, name, shortcut });

/** A custom taxonomy file: `{ "patterns": [{key,name,icapCodes?,color?,shortcut?}], "intensities"?: [...] }`. */
export const taxonomyFileSchema = z
  .strictObject({
    patterns: z.array(patternSchema).min(2, 'need at least two pattern classes'),
    /** Weakest first; omitted: the levels of the dataset's intensity mode. */
    intensities: z.array(intensitySchema).min(2, 'need at least two intensity levels').optional(),
  })
  .superRefine((t, ctx) => {
    const seen = new Map<string, string>();
    const check = (list: { key: string; shortcut?: string | null }[], field: string) => {
      const keys = new Set<string>();
      list.forEach((entry, i) => {
        if (keys.has(entry.key))
          ctx.addIssue({ code: 'custom', path: [field, i, 'key'], message: `"${entry.key}" appears twice` });
        keys.add(entry.key);
        if (!entry.shortcut) return;
        const other = seen.get(entry.shortcut);
        if (other)
          ctx.addIssue({
            code: 'custom',
            path: [field, i, 'shortcut'],
            message: `"${entry.shortcut}" is already the shortcut of ${other}`,
          });
        seen.set(entry.shortcut, entry.key);
      });
    };
    check(t.patterns, 'patterns');
    check(t.intensities ?? [], 'intensities');
  });

export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;

function fieldOf(path: readonly PropertyKey[]): string {
  return ['taxonomy', ...path]
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

/**
 * Validates a custom taxonomy (already parsed JSON, or its text); the first error names its field
 * (`taxonomy.patterns[2].key: ...`). Without intensities the levels follow the intensity mode.
 */
export function parseTaxonomyFile(
  input: unknown,
  mode: IntensityMode,
): TaxonomyInput & { intensitiesGiven: boolean } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new CatalogError('VALIDATION_FAILED', `taxonomy: not valid JSON (${(err as Error).message})`, {
        field: 'taxonomy',
      });
    }
  }
  const parsed = taxonomyFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = fieldOf(issue?.path ?? []);
    throw new CatalogError('VALIDATION_FAILED', `${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  const t = parsed.data;
  return {
    patterns: t.patterns.map((p) => ({
      key: p.key,
      name: p.name,
      icapCodes: p.icapCodes,
      color: p.color,
      shortcut: p.shortcut ?? null,
    })),
    intensities: t.intensities
      ? t.intensities.map((l) => ({ key: l.key, name: l.name, shortcut: l.shortcut ?? null }))
      : intensityLevelsFor(mode),
    intensitiesGiven: t.intensities !== undefined,
  };
}
