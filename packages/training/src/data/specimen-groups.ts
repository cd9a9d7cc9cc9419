import type { Db } from '@hep2/db';

/**
 * Where a specimen (one image) belongs: its group - the unit that must never straddle training and
 * validation, or two folds (a patient's well: several images, or dozens of cell crops, of one
 * specimen) - and the fold its import gave it.
 */
export interface SpecimenGrouping {
  /** Specimen.metadata.group as the import stored it, else the specimen's own id. */
  group: string;
  /** Specimen.fold (0-based) from the import, null when it has none. */
  fold: number | null;
}

/**
 * Every specimen of a dataset with its group and fold. Read with SQL so that the rest of the
 * metadata (mask reports and the like) is not fetched for thousands of crops.
 */
export async function loadSpecimenGroups(
  db: Pick<Db, '$queryRaw'>,
  datasetId: string,
): Promise<Map<string, SpecimenGrouping>> {
  const rows = await db.$queryRaw<{ id: string; group: string | null; fold: number | null }[]>`
    select id::text as id, fold,
      case when jsonb_typeof(metadata -> 'group') = 'string' then metadata ->> 'group' end as "group"
    from "Specimen" where "datasetId" = ${datasetId}::uuid`;
  return new Map(rows.map((r) => [r.id, { group: r.group || r.id, fold: r.fold }]));
}

/** The group of a specimen, itself when unknown. */
export const groupOf = (groups: Map<string, SpecimenGrouping>, specimenId: string): string =>
  groups.get(specimenId)?.group ?? specimenId;

/**
 * Groups with samples on both sides of a split (validation specimens marked by hand, or before the
 * import recorded groups): the model has seen images of what it is validated on. A warning line,
 * or null when every group is on one side.
 */
export function straddlingGroupsWarning(
  groups: Map<string, SpecimenGrouping>,
  train: readonly { specimenId: string }[],
  validation: readonly { specimenId: string }[],
): string | null {
  const trained = new Set(train.map((s) => groupOf(groups, s.specimenId)));
  const validated = new Map<string, Set<string>>();
  for (const s of validation) {
    const group = groupOf(groups, s.specimenId);
    if (trained.has(group)) validated.set(group, (validated.get(group) ?? new Set()).add(s.specimenId));
  }
  if (validated.size === 0) return null;
  const names = [...validated.keys()].sort();
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, ... (${names.length - 5} more)` : '');
  return (
    `warning: ${names.length} specimen group(s) have samples in both training and validation (${shown}): ` +
    'images of one group are not independent, so the validation figures are optimistic; ' +
    'mark whole groups as validation specimens (Specimen.isValidation) to avoid it'
  );
}
