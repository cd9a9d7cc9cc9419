import type { Db } from '@hep2/db';
import type { SeededDataset } from './seed-dataset';

/**
 * Gives seeded specimens the group and fold an import would store (Specimen.metadata.group,
 * Specimen.fold): `groups[i]` / `folds[i]` for specimen i; null or absent leaves it without one.
 */
export async function groupSpecimens(
  db: Db,
  seeded: SeededDataset,
  groups: (string | null)[],
  folds: (number | null)[] = [],
): Promise<void> {
  for (const [i, id] of seeded.specimenIds.entries()) {
    const group = groups[i] ?? null;
    await db.specimen.update({
      where: { id },
      data: { metadata: group === null ? {} : { group }, fold: folds[i] ?? null },
    });
  }
}

/** Takes the curated labels off these specimens (their patches keep the specimen's weak labels). */
export async function uncurateSpecimens(db: Db, seeded: SeededDataset, specimens: number[]): Promise<void> {
  const ids = specimens.map((i) => seeded.specimenIds[i] as string);
  await db.annotation.updateMany({
    where: { patch: { specimenId: { in: ids } } },
    data: { status: 'SUBMITTED' },
  });
  await db.patch.updateMany({ where: { specimenId: { in: ids } }, data: { status: 'SUBMITTED' } });
}

/** Specimen index -> marked as a validation specimen. */
export async function validationMarks(db: Db, seeded: SeededDataset): Promise<boolean[]> {
  const rows = await db.specimen.findMany({
    where: { datasetId: seeded.datasetId },
    select: { id: true, isValidation: true },
  });
  const marked = new Map(rows.map((r) => [r.id, r.isValidation]));
  return seeded.specimenIds.map((id) => marked.get(id) ?? false);
}
