import { randomUUID } from 'node:crypto';
import type { Db } from '@hep2/db';
import { gql, type TestApi } from './test-api';

export interface SeededDataset {
  datasetId: string;
  specimenIds: string[];
  patchIds: string[];
  patterns: { id: string; key: string }[];
  levels: { id: string; key: string }[];
}

/** A dataset of its own (unique slug) with a 3-pattern / 3-level taxonomy and small patches. */
export async function seedWorkflowDataset(
  db: Db,
  options: {
    patches: number;
    annotatorsPerPatch?: number;
    specimens?: number;
    size?: number;
    threshold?: number;
    /** Share of patches labelled twice (the product's default is 0.1; workflow tests opt in). */
    doubleLabelShare?: number;
    /** Chance a claim serves a gold patch (default 0 here). */
    goldRate?: number;
  },
): Promise<SeededDataset> {
  const tag = randomUUID().slice(0, 8);
  const size = options.size ?? 8;
  const dataset = await db.dataset.create({
    data: {
      slug: `wf-${tag}`,
      name: `Workflow ${tag}`,
      patchSize: size,
      intensityMode: 'ORDINAL',
      annotatorsPerPatch: options.annotatorsPerPatch ?? 1,
      agreementThreshold: options.threshold ?? 0.7,
      doubleLabelShare: options.doubleLabelShare ?? 0,
      goldRate: options.goldRate ?? 0,
      patternClasses: {
        create: ['homogeneous', 'speckled', 'centromere'].map((key, position) => ({
          key,
          name: key,
          position,
        })),
      },
      intensityLevels: {
        create: ['negative', 'intermediate', 'positive'].map((key, rank) => ({ key, name: key, rank })),
      },
    },
    select: { id: true },
  });
  const specimenCount = options.specimens ?? Math.max(1, Math.ceil(options.patches / 50));
  const specimenIds: string[] = [];
  for (let s = 0; s < specimenCount; s++) {
    const specimen = await db.specimen.create({
      data: {
        datasetId: dataset.id,
        externalId: `s${s}`,
        imageKey: `bench/${tag}/s${s}.png`,
        width: 1000,
        height: 1000,
        bitDepth: 8,
        contentHash: `${tag}-${s}`,
      },
      select: { id: true },
    });
    specimenIds.push(specimen.id);
  }
  const rows = Array.from({ length: options.patches }, (_, i) => ({
    id: randomUUID(),
    datasetId: dataset.id,
    specimenId: specimenIds[i % specimenCount] as string,
    x: i,
    y: 0,
    width: size,
    height: size,
    imageKey: `bench/${tag}/p${i}.png`,
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)),
  }));
  // Prisma splits a createMany past Postgres' bind-parameter limit into INSERTs it sends at once on
  // one connection (a node-postgres deprecation warning); chunks of 1000 rows stay under it.
  for (let i = 0; i < rows.length; i += 1000) await db.patch.createMany({ data: rows.slice(i, i + 1000) });
  const [patterns, levels] = await Promise.all([
    db.patternClass.findMany({
      where: { datasetId: dataset.id },
      select: { id: true, key: true },
      orderBy: { position: 'asc' },
    }),
    db.intensityLevel.findMany({
      where: { datasetId: dataset.id },
      select: { id: true, key: true },
      orderBy: { rank: 'asc' },
    }),
  ]);
  return { datasetId: dataset.id, specimenIds, patchIds: rows.map((r) => r.id), patterns, levels };
}

export const CLAIM = `mutation($d:ID!){claimNext(datasetId:$d){
  lease{id patchId expiresAt} patch{id status width height} returnComment
  draft{id version status returnComment} proposal{predictionId maskUrl patternClass{key}}}}`;
export const SUBMIT = `mutation($i:AnnotationInput!){submitAnnotation(input:$i){id version status proposalDice maskArea}}`;
export const SAVE = `mutation($i:AnnotationInput!){saveDraft(input:$i){id version status maskArea}}`;

export interface ClaimResult {
  claimNext: {
    lease: { id: string; patchId: string; expiresAt: string };
    patch: { id: string; status: string; width: number; height: number };
    returnComment: string | null;
    draft: { id: string; version: number; status: string; returnComment: string | null } | null;
    proposal: { predictionId: string; maskUrl: string | null; patternClass: { key: string } | null } | null;
  };
}

export const claim = (api: TestApi, token: string, datasetId: string) =>
  gql<ClaimResult>(api.url, CLAIM, { d: datasetId }, token);

/**
 * Claims the next patch of `ds` as `user` and submits it with the dataset's `pattern`-th class, its
 * `level`-th intensity and, given `mask`, a mask of its first `mask` pixels (8 x 8 patches). Returns
 * the patch, its status when claimed, and the submitted annotation; a refusal throws.
 */
export async function claimAndSubmit(
  api: TestApi,
  user: { token: string },
  ds: SeededDataset,
  pattern: number,
  level: number,
  mask?: number,
) {
  const item = await claim(api, user.token, ds.datasetId);
  if (!item.data) throw new Error(JSON.stringify(item.errors));
  const { lease, draft, patch } = item.data.claimNext;
  const result = await gql<{ submitAnnotation: { id: string } }>(
    api.url,
    SUBMIT,
    {
      i: {
        patchId: lease.patchId,
        leaseId: lease.id,
        version: draft?.version ?? 0,
        patternClassId: ds.patterns[pattern]!.id,
        intensityLevelId: ds.levels[level]!.id,
        ...(mask !== undefined ? { mask: rleFirstPixels(8, 8, mask) } : {}),
      },
    },
    user.token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { patchId: lease.patchId, status: patch.status, annotationId: result.data.submitAnnotation.id };
}

/** A w x h mask as COCO RLE with the first `on` pixels (column-major) in the foreground. */
export function rleFirstPixels(width: number, height: number, on: number) {
  const total = width * height;
  return { size: [height, width], counts: on === 0 ? [total] : [0, on, total - on] };
}
