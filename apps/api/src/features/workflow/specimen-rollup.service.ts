import type { Prisma, Tx } from '@hep2/db';

type Source = 'approved' | 'submitted' | 'predictions' | 'none';

export interface SpecimenRollup {
  pattern: { id: string; key: string } | null;
  intensity: { id: string; key: string } | null;
  votes: { pattern: Record<string, number>; intensity: Record<string, number> };
  source: Source;
  /** Patches that voted. */
  patches: number;
  updatedAt: string;
}

interface Vote {
  patchId: string;
  patternClassId: string | null;
  intensityLevelId: string | null;
}

/** The label with the most votes; a tie gives no verdict (null) rather than an arbitrary one. */
export function majority(votes: readonly (string | null)[]): string | null {
  const counts = countVotes(votes);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return first[0];
}

function countVotes(votes: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of votes) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** One vote per patch: its approved label, else the majority of its submissions. */
function patchVotes(rows: (Vote & { status: string })[], status: string): Vote[] {
  const byPatch = new Map<string, Vote[]>();
  for (const row of rows)
    if (row.status === status) byPatch.set(row.patchId, [...(byPatch.get(row.patchId) ?? []), row]);
  return [...byPatch.entries()].map(([patchId, list]) => ({
    patchId,
    patternClassId: majority(list.map((v) => v.patternClassId)),
    intensityLevelId: majority(list.map((v) => v.intensityLevelId)),
  }));
}

const argmax = (values: readonly number[]) =>
  values.reduce((best, v, i) => (v > (values[best] ?? -1) ? i : best), -1);

/**
 * Rolls the specimen's patch labels up to a verdict (majority of approved patches, else of submitted
 * ones, else of the active model's predictions), stores it as specimen.rollup and flags the patches
 * whose human label contradicts it.
 */
export async function refreshSpecimenRollup(tx: Tx, specimenId: string): Promise<SpecimenRollup> {
  // sequential on purpose: queries of one interactive transaction must not run concurrently
  const rows = await tx.$queryRaw<(Vote & { status: string })[]>`
    select a."patchId", a.status::text as status, a."patternClassId", a."intensityLevelId"
    from "Annotation" a join "Patch" p on p.id = a."patchId"
    where p."specimenId" = ${specimenId}::uuid and a.status in ('APPROVED', 'SUBMITTED') and a.source = 'HUMAN'`;
  const labels = await tx.$queryRaw<{ kind: string; id: string; key: string; idx: number }[]>`
    select 'pattern' as kind, c.id, c.key, c.position as idx from "PatternClass" c
    where c."datasetId" = (select "datasetId" from "Specimen" where id = ${specimenId}::uuid)
    union all
    select 'intensity', l.id, l.key, l.rank from "IntensityLevel" l
    where l."datasetId" = (select "datasetId" from "Specimen" where id = ${specimenId}::uuid)`;
  const patterns = labels
    .filter((l) => l.kind === 'pattern')
    .map((l) => ({ id: l.id, key: l.key, position: l.idx }));
  const levels = labels
    .filter((l) => l.kind === 'intensity')
    .map((l) => ({ id: l.id, key: l.key, rank: l.idx }));
  const approved = patchVotes(rows, 'APPROVED');
  const approvedIds = new Set(approved.map((v) => v.patchId));
  const submitted = patchVotes(rows, 'SUBMITTED').filter((v) => !approvedIds.has(v.patchId));
  const human = [...approved, ...submitted];
  let votes: Vote[] = approved.length > 0 ? approved : submitted;
  let source: Source = approved.length > 0 ? 'approved' : submitted.length > 0 ? 'submitted' : 'none';
  if (source === 'none') {
    const predictions = await tx.prediction.findMany({
      where: { patch: { specimenId }, modelVersion: { status: 'ACTIVE' } },
      select: { patchId: true, patternProbs: true, intensityProbs: true },
    });
    const patternAt = new Map(patterns.map((p) => [p.position, p.id]));
    const levelAt = new Map(levels.map((l) => [l.rank, l.id]));
    votes = predictions.map((p) => ({
      patchId: p.patchId,
      patternClassId: patternAt.get(argmax(p.patternProbs)) ?? null,
      intensityLevelId: levelAt.get(argmax(p.intensityProbs)) ?? null,
    }));
    if (votes.length > 0) source = 'predictions';
  }
  const patternKey = new Map(patterns.map((p) => [p.id, p.key]));
  const levelKey = new Map(levels.map((l) => [l.id, l.key]));
  const verdictPattern = majority(votes.map((v) => v.patternClassId));
  const verdictIntensity = majority(votes.map((v) => v.intensityLevelId));
  const rollup: SpecimenRollup = {
    pattern: verdictPattern ? { id: verdictPattern, key: patternKey.get(verdictPattern) ?? '' } : null,
    intensity: verdictIntensity ? { id: verdictIntensity, key: levelKey.get(verdictIntensity) ?? '' } : null,
    votes: {
      pattern: keyed(countVotes(votes.map((v) => v.patternClassId)), patternKey),
      intensity: keyed(countVotes(votes.map((v) => v.intensityLevelId)), levelKey),
    },
    source,
    patches: votes.length,
    updatedAt: new Date().toISOString(),
  };
  const contradicting = verdictPattern
    ? human.filter((v) => v.patternClassId && v.patternClassId !== verdictPattern).map((v) => v.patchId)
    : [];
  await tx.specimen.update({
    where: { id: specimenId },
    data: { rollup: rollup as unknown as Prisma.InputJsonValue },
    select: { id: true },
  });
  await tx.$executeRaw`
    update "Patch" set "contradictsSpecimen" = (id = any(${contradicting}::uuid[]))
    where "specimenId" = ${specimenId}::uuid and "contradictsSpecimen" <> (id = any(${contradicting}::uuid[]))`;
  return rollup;
}

function keyed(counts: Map<string, number>, keys: Map<string, string>): Record<string, number> {
  return Object.fromEntries([...counts.entries()].map(([id, n]) => [keys.get(id) ?? id, n]));
}
