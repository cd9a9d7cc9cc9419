import { createHash } from 'node:crypto';
import type { Db } from '@hep2/db';
import { lockDatasetTraining } from '../runs/run-enqueue';

export interface SpecimenCandidate {
  id: string;
  /** Dominant pattern label of the specimen's samples (stratifies the pick), null if unknown. */
  label: number | null;
}

/**
 * Deterministic validation specimens: round-robin over label groups, each group ordered by a hash
 * of (dataset, specimen), so that every pattern is represented where possible and the same data
 * always gives the same pick. At least one specimen stays for training.
 */
export function pickValidationSpecimens(
  datasetId: string,
  specimens: SpecimenCandidate[],
  fraction: number,
): string[] {
  if (specimens.length < 2) return [];
  const count = Math.min(specimens.length - 1, Math.max(1, Math.round(fraction * specimens.length)));
  const rank = (id: string) => createHash('sha256').update(`${datasetId}:${id}`).digest('hex');
  const groups = new Map<string, SpecimenCandidate[]>();
  for (const s of specimens) {
    const key = String(s.label ?? 'none');
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const ordered = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, group]) => group.sort((a, b) => rank(a.id).localeCompare(rank(b.id))));
  const picked: string[] = [];
  for (let round = 0; picked.length < count; round += 1) {
    for (const group of ordered) {
      const s = group[round];
      if (s && picked.length < count) picked.push(s.id);
    }
  }
  return picked;
}

/**
 * The dataset's fixed validation specimens (Specimen.isValidation). When none are marked yet they
 * are picked once, persisted, and every later run and version is compared on the same ones.
 */
export async function ensureValidationSpecimens(
  db: Db,
  datasetId: string,
  candidates: SpecimenCandidate[],
  fraction: number,
): Promise<{ ids: Set<string>; pickedNow: boolean }> {
  const existing = await markedValidation(db, datasetId);
  if (existing.size > 0) return { ids: existing, pickedNow: false };
  return db.$transaction(async (tx) => {
    await lockDatasetTraining(tx, datasetId);
    const again = await tx.specimen.findMany({
      where: { datasetId, isValidation: true },
      select: { id: true },
    });
    if (again.length > 0) return { ids: new Set(again.map((s) => s.id)), pickedNow: false };
    const ids = pickValidationSpecimens(datasetId, candidates, fraction);
    if (ids.length > 0) {
      await tx.specimen.updateMany({ where: { datasetId, id: { in: ids } }, data: { isValidation: true } });
    }
    return { ids: new Set(ids), pickedNow: ids.length > 0 };
  });
}

async function markedValidation(db: Db, datasetId: string): Promise<Set<string>> {
  const rows = await db.specimen.findMany({ where: { datasetId, isValidation: true }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}
