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
  /** The part of approvedPatterns / approvedIntensities imported as ground truth, not labelled here. */
  importedPatterns: { key: string; name: string; count: number }[];
  importedIntensities: { key: string; name: string; count: number }[];
}

type Grouped<K extends string> = ({ _count: { _all: number } } & Record<K, string | null>)[];

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
    importedPatterns,
    importedIntensities,
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
    db.annotation.groupBy({
      by: ['patternClassId'],
      where: { patch: { datasetId }, status: 'APPROVED', source: 'IMPORT' },
      _count: { _all: true },
    }),
    db.annotation.groupBy({
      by: ['intensityLevelId'],
      where: { patch: { datasetId }, status: 'APPROVED', source: 'IMPORT' },
      _count: { _all: true },
    }),
  ]);
  const countFor = (rows: { _count: { _all: number } }[], pick: (row: never) => string | null, id: string) =>
    rows.find((row) => pick(row as never) === id)?._count._all ?? 0;
  const perPattern = (rows: Grouped<'patternClassId'>) =>
    patterns.map((p) => ({
      ...p,
      count: countFor(rows, (r: { patternClassId: string | null }) => r.patternClassId, p.id),
    }));
  const perIntensity = (rows: Grouped<'intensityLevelId'>) =>
    intensities.map((i) => ({
      ...i,
      count: countFor(rows, (r: { intensityLevelId: string | null }) => r.intensityLevelId, i.id),
    }));
  return {
    specimens,
    patches: byStatus.reduce((sum, row) => sum + row._count._all, 0),
    byStatus: byStatus.map((row) => ({ status: row.status, count: row._count._all })),
    specimenPatterns: perPattern(specimenPatterns),
    curatedSpecimenPatterns: perPattern(curatedSpecimenPatterns),
    approvedPatterns: perPattern(approvedPatterns),
    approvedIntensities: perIntensity(approvedIntensities),
    importedPatterns: perPattern(importedPatterns),
    importedIntensities: perIntensity(importedIntensities),
  };
}
