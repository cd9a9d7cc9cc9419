import { normaliseLabel, type PatchSettings, parseIntensityLabel, parsePatternLabel } from '@hep2/data';
import type { Db, IntensityMode, Tx } from '@hep2/db';
import { CatalogError } from '../catalog-error';

/** What imports and exports need to know about a dataset: settings and its label keys. */
export interface DatasetContext {
  id: string;
  slug: string;
  intensityMode: IntensityMode;
  patch: PatchSettings;
  patternIdByKey: Map<string, string>;
  patternKeyById: Map<string, string>;
  intensityIdByKey: Map<string, string>;
  intensityKeyById: Map<string, string>;
  patterns: Array<{ id: string; key: string; name: string; icapCodes: string[]; position: number }>;
  intensities: Array<{ id: string; key: string; name: string; rank: number }>;
}

export async function loadDatasetContext(db: Db | Tx, datasetId: string): Promise<DatasetContext> {
  const d = await db.dataset.findUnique({
    where: { id: datasetId },
    select: {
      id: true,
      slug: true,
      intensityMode: true,
      patchSize: true,
      strideX: true,
      strideY: true,
      patternClasses: {
        select: { id: true, key: true, name: true, icapCodes: true, position: true },
        orderBy: { position: 'asc' },
      },
      intensityLevels: { select: { id: true, key: true, name: true, rank: true }, orderBy: { rank: 'asc' } },
    },
  });
  if (!d) throw new CatalogError('NOT_FOUND', `dataset ${datasetId} does not exist`);
  return {
    id: d.id,
    slug: d.slug,
    intensityMode: d.intensityMode,
    patch: { patchWidth: d.patchSize, patchHeight: d.patchSize, strideX: d.strideX, strideY: d.strideY },
    patternIdByKey: new Map(d.patternClasses.map((p) => [p.key, p.id])),
    patternKeyById: new Map(d.patternClasses.map((p) => [p.id, p.key])),
    intensityIdByKey: new Map(d.intensityLevels.map((l) => [l.key, l.id])),
    intensityKeyById: new Map(d.intensityLevels.map((l) => [l.id, l.key])),
    patterns: d.patternClasses,
    intensities: d.intensityLevels,
  };
}

export type LabelIds = { patternClassId: string | null; intensityLevelId: string | null };

/** Compared without case, spaces, dashes or underscores: "Fine speckled" = "fine-speckled" = "FINE_SPECKLED". */
const squash = (label: string) => normaliseLabel(label).replace(/_/g, '');

/**
 * The entry a raw label names: its key, its name or (patterns) one of its ICAP codes, compared
 * case/space/dash-insensitively; then the known spellings of the reference classes (numem, mitsp,
 * homogenous, pos, ...) when the dataset has that class.
 */
function findEntry<T extends { key: string; name: string; icapCodes?: string[] }>(
  entries: readonly T[],
  label: string,
  reference: (label: string) => string | undefined,
): T | undefined {
  const wanted = squash(label);
  if (!wanted) return undefined;
  const byKey = entries.find((e) => squash(e.key) === wanted);
  if (byKey) return byKey;
  const byName = entries.find((e) => squash(e.name) === wanted);
  if (byName) return byName;
  const byCode = entries.find((e) => e.icapCodes?.some((c) => squash(c) === wanted));
  if (byCode) return byCode;
  const known = reference(label);
  return known === undefined ? undefined : entries.find((e) => e.key === known);
}

const keysOf = (entries: readonly { key: string }[]) => entries.map((e) => e.key).join(', ');

/**
 * Resolves a row's raw labels against the dataset's taxonomy (see findEntry). An absent pattern
 * gives no pattern class (a mask-only row); an unknown label is an error listing the dataset's keys.
 * "Intensity negative only with pattern negative" holds where the taxonomy has a negative pattern
 * class and the row gives both labels; a dataset without a negative level (BINARY) keeps no
 * intensity for a negative specimen, one without a negative class accepts negative with any pattern.
 */
export function resolveLabels(
  ctx: DatasetContext,
  pattern: string | undefined,
  intensity: string | undefined,
): LabelIds | { error: string } {
  const patternText = pattern?.trim() || undefined;
  const intensityText = intensity?.trim() || undefined;
  let patternKey: string | null = null;
  let patternClassId: string | null = null;
  if (patternText !== undefined) {
    const found = findEntry(ctx.patterns, patternText, parsePatternLabel);
    if (!found)
      return {
        error: `pattern "${patternText}" is not a class of dataset ${ctx.slug} (its classes: ${keysOf(ctx.patterns)})`,
      };
    patternKey = found.key;
    patternClassId = found.id;
  }
  let intensityLevelId: string | null = null;
  let intensityNegative = false;
  if (intensityText !== undefined) {
    const found = findEntry(ctx.intensities, intensityText, parseIntensityLabel);
    intensityNegative = found ? found.key === 'negative' : parseIntensityLabel(intensityText) === 'negative';
    if (found) intensityLevelId = found.id;
    else if (!(intensityNegative && patternKey === 'negative'))
      return {
        error: `intensity "${intensityText}" is not a level of dataset ${ctx.slug} (its levels: ${keysOf(ctx.intensities)})`,
      };
  }
  const hasNegativePattern = ctx.patterns.some((p) => p.key === 'negative');
  if (hasNegativePattern && patternKey !== null && intensityText !== undefined) {
    if (intensityNegative !== (patternKey === 'negative'))
      return {
        error:
          patternKey === 'negative'
            ? `intensity "${intensityText}" does not fit pattern negative (a negative specimen has negative or no intensity)`
            : `intensity negative does not fit pattern ${patternKey} (only a negative specimen has negative intensity)`,
      };
  }
  return { patternClassId, intensityLevelId };
}
