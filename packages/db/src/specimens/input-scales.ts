import type { Db } from '../client';

/**
 * Per-specimen input normalisation ('specimen' in a model's config): every patch is divided by its
 * specimen group's bright level instead of its bit depth's largest value. The bright level is the
 * median `windowHigh` (99.8th percentile of non-zero pixels, measured at import) of the group's
 * specimens - a well's images, or the dozens of cell crops of one well - so crops of one well keep
 * their relative brightness while wells imaged at other exposures meet on one scale. A median over
 * the group, not each crop's own level: a crop's own 99.8th percentile would stretch every dim cell
 * to the same brightness, as per-patch min-max did.
 */
export interface SpecimenInputScales {
  /**
   * The multiplier on a bit-depth-scaled input (value / (2^bits - 1)) of this specimen's patches:
   * (2^bits - 1) / bright level, so that the result is value / bright level.
   */
  factor(specimenId: string): number;
  /** A bit-depth-scaled input of one of the specimen's patches, scaled so (a new array). */
  scale(specimenId: string, input: Float32Array): Float32Array;
  /** Specimens without a measured level of their own (they take their group's, else the dataset's). */
  unmeasured: number;
}

export class SpecimenScaleError extends Error {
  override name = 'SpecimenScaleError';
}

interface ScaleRow {
  id: string;
  bitDepth: number;
  windowHigh: number | null;
  group: string | null;
}

export async function loadSpecimenInputScales(
  db: Pick<Db, '$queryRaw'>,
  datasetId: string,
): Promise<SpecimenInputScales> {
  const rows = await db.$queryRaw<ScaleRow[]>`
    select id::text as id, "bitDepth", "windowHigh",
      case when jsonb_typeof(metadata -> 'group') = 'string' then metadata ->> 'group' end as "group"
    from "Specimen" where "datasetId" = ${datasetId}::uuid`;
  return inputScalesOf(rows, datasetId);
}

/** The scales from specimen rows (pure: the rule above, testable without a database). */
export function inputScalesOf(rows: readonly ScaleRow[], datasetId = 'dataset'): SpecimenInputScales {
  const groupOf = (r: ScaleRow) => r.group || r.id;
  const levels = new Map<string, number[]>();
  for (const r of rows) {
    if (r.windowHigh === null || r.windowHigh <= 0) continue;
    const list = levels.get(groupOf(r)) ?? [];
    list.push(r.windowHigh);
    levels.set(groupOf(r), list);
  }
  const measured = rows.flatMap((r) => (r.windowHigh !== null && r.windowHigh > 0 ? [r.windowHigh] : []));
  const datasetLevel = measured.length > 0 ? median(measured) : null;
  const groupLevel = new Map([...levels].map(([g, list]) => [g, median(list)]));
  const factors = new Map<string, number>();
  let unmeasured = 0;
  for (const r of rows) {
    if (r.windowHigh === null || r.windowHigh <= 0) unmeasured += 1;
    const level = groupLevel.get(groupOf(r)) ?? datasetLevel;
    if (level !== null) factors.set(r.id, (2 ** r.bitDepth - 1) / level);
  }
  const factor = (specimenId: string) => {
    const f = factors.get(specimenId);
    if (f === undefined)
      throw new SpecimenScaleError(
        `specimen ${specimenId} of dataset ${datasetId} has no bright level to normalise by (no specimen of the dataset has one measured)`,
      );
    return f;
  };
  return {
    unmeasured,
    factor,
    scale: (specimenId, input) => {
      const f = factor(specimenId);
      return input.map((v) => v * f);
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
