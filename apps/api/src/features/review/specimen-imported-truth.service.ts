import type { Db } from '@hep2/db';

/**
 * A curated specimen's expert labels: the approved IMPORT annotations of its patches (one per
 * patch, written by a curated import). Nobody submits on such a specimen, so its roll-up (built from
 * human votes) stays empty; this is what the curator's views show as its verdict instead.
 */
export interface ImportedTruthDto {
  patternClassId: string | null;
  intensityLevelId: string | null;
  /** Patches carrying an approved IMPORT annotation. */
  patches: number;
}

/** The label most patches carry; a tie gives none rather than an arbitrary one. */
export function mostCommon(counts: ReadonlyMap<string, number>): string | null {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return first[0];
}

/** Null when no patch of the specimen carries imported ground truth. */
export async function importedTruthOf(db: Db, specimenId: string): Promise<ImportedTruthDto | null> {
  const groups = await db.annotation.groupBy({
    by: ['patternClassId', 'intensityLevelId'],
    where: { source: 'IMPORT', status: 'APPROVED', patch: { specimenId } },
    _count: { _all: true },
  });
  if (groups.length === 0) return null;
  const patterns = new Map<string, number>();
  const levels = new Map<string, number>();
  let patches = 0;
  for (const g of groups) {
    const n = g._count._all;
    patches += n;
    if (g.patternClassId) patterns.set(g.patternClassId, (patterns.get(g.patternClassId) ?? 0) + n);
    if (g.intensityLevelId) levels.set(g.intensityLevelId, (levels.get(g.intensityLevelId) ?? 0) + n);
  }
  return { patternClassId: mostCommon(patterns), intensityLevelId: mostCommon(levels), patches };
}
