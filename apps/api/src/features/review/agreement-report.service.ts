import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { cohenKappa, fleissKappa, ratingCounts } from './agreement';
import { annotatorMaskAgreement, type MaskPair } from './annotator-mask-agreement';
import { taxonomyIndex } from './consensus.service';
import type { AnnotatorAgreementDto, DatasetAgreementDto } from './review.dto';

async function ratings(db: Db, datasetId: string) {
  return db.annotation.findMany({
    where: {
      patch: { datasetId, submittedCount: { gte: 2 } },
      status: { in: ['SUBMITTED', 'APPROVED', 'REJECTED'] },
      source: 'HUMAN',
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

/** Dataset-wide agreement: Fleiss' kappa on pattern and the mean per-patch figures. */
export async function datasetAgreement(db: Db, datasetId: string): Promise<DatasetAgreementDto> {
  const [rows, tax, dataset, means] = await Promise.all([
    ratings(db, datasetId),
    taxonomyIndex(db, datasetId),
    db.dataset.findUnique({ where: { id: datasetId }, select: { annotatorsPerPatch: true } }),
    db.patch.aggregate({
      where: { datasetId, submittedCount: { gte: 2 } },
      _avg: { agreementPattern: true, agreementIntensity: true, agreementMask: true },
    }),
  ]);
  const byPatch = new Map<string, number[]>();
  for (const row of rows) {
    const p = row.patternClassId ? tax.pattern.get(row.patternClassId) : undefined;
    if (p !== undefined) byPatch.set(row.patchId, [...(byPatch.get(row.patchId) ?? []), p]);
  }
  const k = dataset?.annotatorsPerPatch ?? 0;
  const complete = [...byPatch.values()].filter((r) => r.length === k);
  return {
    patternFleissKappa:
      complete.length && k >= 2 ? fleissKappa(ratingCounts(complete, tax.patternCount)) : null,
    patches: complete.length,
    meanPatternAgreement: means._avg.agreementPattern,
    meanIntensityAgreement: means._avg.agreementIntensity,
    meanMaskDice: means._avg.agreementMask,
  };
}
