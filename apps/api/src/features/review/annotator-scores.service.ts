import type { Db } from '@hep2/db';
import { cohenKappa, type WeightKind } from './agreement';
import { accuracyEstimate, canonicalPairs, estimate, mean } from './agreement-sets';
import { taxonomyIndex } from './consensus.service';
import type { AnnotatorScoreDto, AnnotatorScoreSetDto } from './review.dto';

/** One scored item: the annotator's labels and the reference's (indices; undefined: not given). */
interface Item {
  pattern?: [number, number];
  intensity?: [number, number];
  dice: number | null;
}

type Tax = Awaited<ReturnType<typeof taxonomyIndex>>;

const pair = (index: Map<string, number>, mine: string | null, reference: string | null) => {
  const a = mine ? index.get(mine) : undefined;
  const b = reference ? index.get(reference) : undefined;
  return a === undefined || b === undefined ? undefined : ([a, b] as [number, number]);
};

const kappaOf =
  (kind: WeightKind, categories: number) =>
  (pairs: readonly [number, number][]): number | null =>
    cohenKappa(
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
      kind,
      categories,
    );

/**
 * Accuracy (Wilson interval) and Cohen's kappa against the reference (weighted, linear, for an
 * ordinal intensity), and mean mask Dice, each with its bootstrap interval over the items.
 */
export function scoreSet(items: readonly Item[], tax: Tax): AnnotatorScoreSetDto {
  const patterns = canonicalPairs(items.flatMap((i) => (i.pattern ? [i.pattern] : [])));
  const levels = canonicalPairs(items.flatMap((i) => (i.intensity ? [i.intensity] : [])));
  const dices = items.flatMap((i) => (i.dice === null ? [] : [i.dice])).sort((a, b) => a - b);
  return {
    items: items.length,
    patternAccuracy: accuracyEstimate(
      'pattern accuracy',
      patterns.map(([a, b]) => a === b),
    ),
    patternKappa: estimate("Cohen's kappa", patterns, kappaOf('nominal', tax.patternCount)),
    intensityAccuracy: accuracyEstimate(
      'intensity accuracy',
      levels.map(([a, b]) => a === b),
    ),
    intensityKappa: estimate(
      tax.intensityWeights === 'nominal' ? "Cohen's kappa" : "Cohen's kappa (linear weights)",
      levels,
      kappaOf(tax.intensityWeights, tax.intensityCount),
    ),
    maskDice: estimate('mean Dice', dices, (s) => mean(s)),
  };
}

/** Each annotator's submissions on gold patches against the gold labels (their GoldScore rows). */
async function goldItems(db: Db, datasetId: string, tax: Tax) {
  const scores = await db.goldScore.findMany({
    where: { datasetId, annotatorId: { not: null } },
    select: {
      annotatorId: true,
      goldAnnotationId: true,
      maskDice: true,
      annotation: { select: { patternClassId: true, intensityLevelId: true } },
    },
  });
  const gold = new Map(
    (
      await db.annotation.findMany({
        where: { id: { in: scores.flatMap((s) => (s.goldAnnotationId ? [s.goldAnnotationId] : [])) } },
        select: { id: true, patternClassId: true, intensityLevelId: true },
      })
    ).map((a) => [a.id, a]),
  );
  const byUser = new Map<string, Item[]>();
  for (const s of scores) {
    const reference = s.goldAnnotationId ? gold.get(s.goldAnnotationId) : undefined;
    const item: Item = {
      pattern: pair(tax.pattern, s.annotation.patternClassId, reference?.patternClassId ?? null),
      intensity: pair(tax.intensity, s.annotation.intensityLevelId, reference?.intensityLevelId ?? null),
      dice: s.maskDice,
    };
    byUser.set(s.annotatorId as string, [...(byUser.get(s.annotatorId as string) ?? []), item]);
  }
  return byUser;
}

/**
 * Each annotator's submissions on patches that two or more people labelled and a curator approved,
 * against the approved (curated consensus) label; mask Dice is the review Dice recorded at approval.
 */
async function consensusItems(db: Db, datasetId: string, tax: Tax) {
  const rows = await db.annotation.findMany({
    where: {
      patch: { datasetId, status: 'APPROVED', submittedCount: { gte: 2 } },
      source: 'HUMAN',
      authorId: { not: null },
      status: { in: ['SUBMITTED', 'APPROVED', 'REJECTED'] },
      submittedAt: { not: null },
      goldScore: { is: null },
    },
    select: { patchId: true, authorId: true, patternClassId: true, intensityLevelId: true, reviewDice: true },
  });
  const approved = new Map(
    (
      await db.annotation.findMany({
        where: { patch: { datasetId, status: 'APPROVED', submittedCount: { gte: 2 } }, status: 'APPROVED' },
        select: { patchId: true, patternClassId: true, intensityLevelId: true },
        orderBy: { updatedAt: 'asc' },
      })
    ).map((a) => [a.patchId, a]),
  );
  const byUser = new Map<string, Item[]>();
  for (const row of rows) {
    const reference = approved.get(row.patchId);
    if (!reference) continue;
    const item: Item = {
      pattern: pair(tax.pattern, row.patternClassId, reference.patternClassId),
      intensity: pair(tax.intensity, row.intensityLevelId, reference.intensityLevelId),
      dice: row.reviewDice,
    };
    byUser.set(row.authorId as string, [...(byUser.get(row.authorId as string) ?? []), item]);
  }
  return byUser;
}

/** Per annotator: scores against gold and against the curated consensus (curators). */
export async function annotatorScores(db: Db, datasetId: string): Promise<AnnotatorScoreDto[]> {
  const tax = await taxonomyIndex(db, datasetId);
  const [gold, consensus] = await Promise.all([
    goldItems(db, datasetId, tax),
    consensusItems(db, datasetId, tax),
  ]);
  const ids = [...new Set([...gold.keys(), ...consensus.keys()])];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return users
    .map((u) => ({
      userId: u.id,
      userName: u.name,
      vsGold: scoreSet(gold.get(u.id) ?? [], tax),
      vsConsensus: scoreSet(consensus.get(u.id) ?? [], tax),
    }))
    .sort((a, b) => a.userName.localeCompare(b.userName));
}
