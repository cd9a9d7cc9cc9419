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
  // one class per row of `labels`, its count from the grouped rows (0 where none)
  const countsOf = <L extends { id: string }, K extends string>(labels: L[], rows: Grouped<K>, key: K) => {
    const byId = new Map<string | null, number>(
      rows.map((row) => [row[key] as string | null, row._count._all]),
    );
    return labels.map((label) => ({ ...label, count: byId.get(label.id) ?? 0 }));
  };
  const perPattern = (rows: Grouped<'patternClassId'>) => countsOf(patterns, rows, 'patternClassId');
  const perIntensity = (rows: Grouped<'intensityLevelId'>) => countsOf(intensities, rows, 'intensityLevelId');
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
