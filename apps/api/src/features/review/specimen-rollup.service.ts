import type { Db, Tx } from '@hep2/db';
import { argmax, classLabelIds, loadTaxonomy } from '@hep2/db/labels';
import { NOW } from '../patch-core/workflow-sql';

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

interface Label {
  kind: string;
  id: string;
  key: string;
  idx: number;
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

/**
 * Rolls the specimen's patch labels up to a verdict (majority of approved patches, else of submitted
 * ones, else of the active model's predictions), stores it as specimen.rollup and flags the patches
 * whose human label contradicts it. Inside a transaction: locks the specimen row first, so that
 * the votes read by the statements after the lock (fresh snapshots) include every submission
 * committed before it and two refreshes cannot overwrite each other's verdict with one missing the
 * other's vote.
 */
export async function refreshSpecimenRollup(tx: Tx, specimenId: string): Promise<SpecimenRollup> {
  await tx.$queryRaw`select id from "Specimen" where id = ${specimenId}::uuid for no key update`;
  return (await rollupOnce(tx, specimenId, false)).rollup;
}

/**
 * The same without a transaction (2 statements instead of 5): the verdict is written only if the
 * specimen row is still the version the votes were read with (`xmin`), else it is read again. So a
 * verdict is never stored over one computed from newer votes. After a few lost races, falls back to
 * the locking version.
 */
export async function refreshSpecimenRollupOptimistic(db: Db, specimenId: string): Promise<SpecimenRollup> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const { rollup, written } = await rollupOnce(db, specimenId, true);
    if (written) return rollup;
  }
  return db.$transaction((tx) => refreshSpecimenRollup(tx, specimenId));
}

/** Reads the votes, computes the verdict and writes it (only over the row version read, if `guarded`). */
async function rollupOnce(db: Db | Tx, specimenId: string, guarded: boolean) {
  // votes, the taxonomy and the specimen row's version in one round trip
  const [read] = await db.$queryRaw<
    { votes: (Vote & { status: string })[] | null; labels: Label[] | null; rowVersion: string | null }[]
  >`
    select (
      select json_agg(json_build_object('patchId', a."patchId", 'status', a.status::text,
        'patternClassId', a."patternClassId", 'intensityLevelId', a."intensityLevelId"))
      from "Annotation" a join "Patch" p on p.id = a."patchId"
      where p."specimenId" = ${specimenId}::uuid and a.status in ('APPROVED', 'SUBMITTED') and a.source = 'HUMAN'
    ) as votes, (
      select json_agg(l) from (
        select 'pattern' as kind, c.id, c.key, c.position as idx from "PatternClass" c
        where c."datasetId" = (select "datasetId" from "Specimen" where id = ${specimenId}::uuid)
        union all
        select 'intensity', l.id, l.key, l.rank from "IntensityLevel" l
        where l."datasetId" = (select "datasetId" from "Specimen" where id = ${specimenId}::uuid)
      ) l
    ) as labels, (select xmin::text from "Specimen" where id = ${specimenId}::uuid) as "rowVersion"`;
  const rows = read?.votes ?? [];
  const labels = read?.labels ?? [];
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
    const predictions = await db.prediction.findMany({
      where: { patch: { specimenId }, modelVersion: { status: 'ACTIVE' } },
      select: {
        patchId: true,
        patternProbs: true,
        intensityProbs: true,
        modelVersion: { select: { datasetId: true } },
      },
    });
    // a head's class k is not position / rank k (a BINARY head's 0 and 1 are the two top ranks)
    const datasetId = predictions[0]?.modelVersion.datasetId;
    const labelIds = datasetId ? classLabelIds(await loadTaxonomy(db, datasetId)) : null;
    votes = predictions.map((p) => ({
      patchId: p.patchId,
      patternClassId: labelIds?.pattern[argmax(p.patternProbs)] ?? null,
      intensityLevelId: labelIds?.intensity[argmax(p.intensityProbs)] ?? null,
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
  const guard = guarded ? (read?.rowVersion ?? null) : null;
  // the verdict and the contradiction flags in one statement
  const [write] = await db.$queryRaw<{ written: number }[]>`
    with verdict as (
      update "Specimen" set rollup = ${JSON.stringify(rollup)}::jsonb, "updatedAt" = ${NOW}
      where id = ${specimenId}::uuid and (${guard}::text is null or xmin::text = ${guard}::text)
      returning id
    ), flags as (
      update "Patch" set "contradictsSpecimen" = (id = any(${contradicting}::uuid[]))
      where "specimenId" = (select id from verdict) and "contradictsSpecimen" <> (id = any(${contradicting}::uuid[]))
      returning 1
    )
    select (select count(*) from verdict)::int as written, (select count(*) from flags)::int as flagged`;
  return { rollup, written: (write?.written ?? 0) > 0 };
}

function keyed(counts: Map<string, number>, keys: Map<string, string>): Record<string, number> {
  return Object.fromEntries([...counts.entries()].map(([id, n]) => [keys.get(id) ?? id, n]));
}
