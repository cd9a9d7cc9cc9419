import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { cohenKappa } from './agreement';
import { canonicalUnits, estimate, fleissKappaOfUnits, krippendorffAlpha, mean } from './agreement-sets';
import { annotatorMaskAgreement, type MaskPair } from './annotator-mask-agreement';
import { taxonomyIndex } from './consensus.service';
import type { AnnotatorAgreementDto, DatasetAgreementDto } from './review.dto';

async function ratings(db: Db, datasetId: string) {
  return db.annotation.findMany({
    where: {
      patch: { datasetId, submittedCount: { gte: 2 } },
      status: { in: ['SUBMITTED', 'APPROVED', 'REJECTED'] },
      source: 'HUMAN',
      // a submission on a gold patch is scored against gold, not compared with its labellers
      goldScore: { is: null },
    },
    select: {
      patchId: true,
      authorId: true,
      patternClassId: true,
      intensityLevelId: true,
      maskKey: true,
      author: { select: { name: true } },
      patch: { select: { width: true, height: true } },
    },
  });
}

/** Per-annotator agreement with co-annotators on the same patches (admins). */
export async function annotatorAgreement(
  db: Db,
  store: ObjectStore,
  datasetId: string,
): Promise<AnnotatorAgreementDto[]> {
  const [rows, tax] = await Promise.all([ratings(db, datasetId), taxonomyIndex(db, datasetId)]);
  const maskPairs: MaskPair[] = [];
  const byPatch = new Map<string, typeof rows>();
  for (const row of rows) byPatch.set(row.patchId, [...(byPatch.get(row.patchId) ?? []), row]);
  const perUser = new Map<
    string,
    { name: string; patches: Set<string>; pa: number[]; pb: number[]; ia: number[]; ib: number[] }
  >();
  for (const [patchId, list] of byPatch) {
    for (const me of list) {
      if (!me.authorId) continue;
      const entry = perUser.get(me.authorId) ?? {
        name: me.author?.name ?? '',
        patches: new Set(),
        pa: [],
        pb: [],
        ia: [],
        ib: [],
      };
      perUser.set(me.authorId, entry);
      for (const other of list) {
        if (other === me || other.authorId === me.authorId) continue;
        entry.patches.add(patchId);
        maskPairs.push({
          userId: me.authorId,
          mine: me.maskKey,
          theirs: other.maskKey,
          pixels: me.patch.width * me.patch.height,
        });
        const [p1, p2] = [me.patternClassId, other.patternClassId].map((id) =>
          id ? tax.pattern.get(id) : undefined,
        );
        if (p1 !== undefined && p2 !== undefined) {
          entry.pa.push(p1);
          entry.pb.push(p2);
        }
        const [i1, i2] = [me.intensityLevelId, other.intensityLevelId].map((id) =>
          id ? tax.intensity.get(id) : undefined,
        );
        if (i1 !== undefined && i2 !== undefined) {
          entry.ia.push(i1);
          entry.ib.push(i2);
        }
      }
    }
  }
  const masks = await annotatorMaskAgreement(store, maskPairs);
  return [...perUser.entries()]
    .map(([userId, e]) => ({
      userId,
      userName: e.name,
      patches: e.patches.size,
      patternKappa: e.pa.length ? cohenKappa(e.pa, e.pb, 'nominal', tax.patternCount) : null,
      intensityKappa: e.ia.length ? cohenKappa(e.ia, e.ib, tax.intensityWeights, tax.intensityCount) : null,
      patternAgreementRate: e.pa.length ? e.pa.filter((v, i) => v === e.pb[i]).length / e.pa.length : null,
      maskDice: masks.get(userId)?.dice ?? null,
      maskIoU: masks.get(userId)?.iou ?? null,
    }))
    .sort((a, b) => a.userName.localeCompare(b.userName));
}

/**
 * Dataset-wide agreement over the patches labelled by two or more annotators (gold attempts left
 * out), each statistic with its bootstrap interval over patches: Fleiss' kappa and Krippendorff's
 * alpha (nominal) on pattern, Krippendorff's alpha on intensity (ordinal for an ordinal scale,
 * nominal for a binary one), mean pairwise mask Dice.
 */
export async function datasetAgreement(db: Db, datasetId: string): Promise<DatasetAgreementDto> {
  const [rows, tax, dataset, means, goldPatches, goldAttempts] = await Promise.all([
    ratings(db, datasetId),
    taxonomyIndex(db, datasetId),
    db.dataset.findUnique({ where: { id: datasetId }, select: { doubleLabelShare: true } }),
    db.patch.aggregate({
      where: { datasetId, submittedCount: { gte: 2 } },
      _avg: { agreementPattern: true, agreementIntensity: true, agreementMask: true },
    }),
    db.patch.count({ where: { datasetId, status: 'APPROVED', goldAt: { not: null } } }),
    db.goldScore.count({ where: { datasetId } }),
  ]);
  const patterns = new Map<string, number[]>();
  const levels = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, value: number | undefined) => {
    if (value !== undefined) map.set(key, [...(map.get(key) ?? []), value]);
  };
  for (const row of rows) {
    push(patterns, row.patchId, row.patternClassId ? tax.pattern.get(row.patternClassId) : undefined);
    push(levels, row.patchId, row.intensityLevelId ? tax.intensity.get(row.intensityLevelId) : undefined);
  }
  const patternUnits = canonicalUnits([...patterns.values()].filter((u) => u.length >= 2));
  const levelUnits = canonicalUnits([...levels.values()].filter((u) => u.length >= 2));
  const maskDices = await db.patch.findMany({
    where: { datasetId, submittedCount: { gte: 2 }, agreementMask: { not: null } },
    select: { agreementMask: true },
  });
  const intensityMetric = tax.intensityWeights === 'nominal' ? 'nominal' : 'ordinal';
  const patternKappa = estimate("Fleiss' kappa", patternUnits, (s) =>
    fleissKappaOfUnits(s, tax.patternCount),
  );
  return {
    patternFleissKappa: patternKappa.value,
    patches: patternUnits.length,
    meanPatternAgreement: means._avg.agreementPattern,
    meanIntensityAgreement: means._avg.agreementIntensity,
    meanMaskDice: means._avg.agreementMask,
    doubleLabelShare: dataset?.doubleLabelShare ?? 0,
    goldPatches,
    goldAttempts,
    patternKappa,
    patternAlpha: estimate("Krippendorff's alpha (nominal)", patternUnits, (s) =>
      krippendorffAlpha(s, 'nominal', tax.patternCount),
    ),
    intensityAlpha: estimate(`Krippendorff's alpha (${intensityMetric})`, levelUnits, (s) =>
      krippendorffAlpha(s, intensityMetric, tax.intensityCount),
    ),
    maskDice: estimate(
      'mean pairwise Dice',
      maskDices.map((p) => p.agreementMask as number).sort((a, b) => a - b),
      (s) => mean(s),
    ),
  };
}
