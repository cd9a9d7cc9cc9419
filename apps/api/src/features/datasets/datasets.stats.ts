import type { Db, PatchStatus } from '@hep2/db';

export interface DatasetStats {
  specimens: number;
  patches: number;
  byStatus: { status: PatchStatus; count: number }[];
  specimenPatterns: { key: string; name: string; count: number }[];
  /** The part of specimenPatterns imported as curated ground truth (the rest are weak labels). */
  curatedSpecimenPatterns: { key: string; name: string; count: number }[];
  approvedPatterns: { key: string; name: string; count: number }[];
  approvedIntensities: { key: string; name: string; count: number }[];
}

/** Dashboard counts in a handful of grouped queries (no per-row work). */
export async function datasetStats(db: Db, datasetId: string): Promise<DatasetStats> {
  const [
    specimens,
    byStatus,
    patterns,
    intensities,
    specimenPatterns,
    curatedSpecimenPatterns,
    approvedPatterns,
    approvedIntensities,
  ] = await Promise.all([
    db.specimen.count({ where: { datasetId } }),
    db.patch.groupBy({ by: ['status'], where: { datasetId }, _count: { _all: true } }),
    db.patternClass.findMany({
      where: { datasetId },
      select: { id: true, key: true, name: true },
      orderBy: { position: 'asc' },
    }),
    db.intensityLevel.findMany({
      where: { datasetId },
      select: { id: true, key: true, name: true },
      orderBy: { rank: 'asc' },
    }),
    db.specimen.groupBy({ by: ['patternClassId'], where: { datasetId }, _count: { _all: true } }),
    db.specimen.groupBy({
      by: ['patternClassId'],
      where: {
        datasetId,
        patches: { some: { annotations: { some: { source: 'IMPORT', status: 'APPROVED' } } } },
      },
      _count: { _all: true },
    }),
    db.annotation.groupBy({
      by: ['patternClassId'],
      where: { patch: { datasetId }, status: 'APPROVED' },
      _count: { _all: true },
    }),
    db.annotation.groupBy({
      by: ['intensityLevelId'],
      where: { patch: { datasetId }, status: 'APPROVED' },
      _count: { _all: true },
    }),
  ]);
  const countFor = (rows: { _count: { _all: number } }[], pick: (row: never) => string | null, id: string) =>
    rows.find((row) => pick(row as never) === id)?._count._all ?? 0;
  return {
    specimens,
    patches: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })),
    specimenPatterns: patterns.map((p) => ({
      ...p,
      count: countFor(specimenPatterns, (r: { patternClassId: string | null }) => r.patternClassId, p.id),
    })),
    curatedSpecimenPatterns: patterns.map((p) => ({
      ...p,
      count: countFor(
        curatedSpecimenPatterns,
        (r: { patternClassId: string | null }) => r.patternClassId,
        p.id,
      ),
    })),
    approvedPatterns: patterns.map((p) => ({
      ...p,
      count: countFor(approvedPatterns, (r: { patternClassId: string | null }) => r.patternClassId, p.id),
    })),
    approvedIntensities: intensities.map((i) => ({
      ...i,
      count: countFor(
        approvedIntensities,
        (r: { intensityLevelId: string | null }) => r.intensityLevelId,
        i.id,
      ),
    })),
  };
}
