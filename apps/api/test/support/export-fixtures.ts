import { randomUUID } from 'node:crypto';
import { encodeMaskPng, encodePng } from '@hep2/data';
import type { Db } from '@hep2/db';
import type { ObjectStore } from '@hep2/storage';
import { followJob } from './follow-job';
import type { TestApi } from './test-api';

const PATTERNS = ['homogeneous', 'speckled', 'centromere'];
const LEVELS = ['negative', 'intermediate', 'positive'];
/** Distinct images and masks the patches share (uploading one per patch would cost seconds). */
const DISTINCT = 16;
const SIZE = 8;

/** What one seeded patch is, to compare an export with. */
export interface SeededPatch {
  name: string;
  approved: boolean;
  pattern: string;
  intensity: string;
  imageKey: string;
  maskKey: string;
  /** The mask's foreground, row-major, 0/1. */
  mask: number[];
}

export interface SeededExportDataset {
  datasetId: string;
  slug: string;
  patches: SeededPatch[];
  newestApprovalAt: Date;
  imageBytes: Map<string, Buffer>;
}

/** Mask k: its first k + 1 pixels (row-major) are foreground, so no two of the 16 are alike. */
const maskPixels = (k: number) => Array.from({ length: SIZE * SIZE }, (_, p) => (p <= k ? 1 : 0));

/**
 * A dataset of its own with `patches` tiny patches over `specimens` specimens: every `rejectEvery`th
 * patch has a SUBMITTED annotation only, the others are APPROVED with one approved annotation
 * (pattern i % 3, intensity (i / 3) % 3, mask i % 16, approved one second apart). Rows go in with
 * createMany; the 16 images and masks are real PNGs in the store.
 */
export async function seedExportDataset(
  db: Db,
  store: Pick<ObjectStore, 'put'>,
  o: { patches: number; specimens: number; submittedEvery: number },
): Promise<SeededExportDataset> {
  const tag = randomUUID().slice(0, 8);
  const dataset = await db.dataset.create({
    data: {
      slug: `export-${tag}`,
      name: `Export ${tag}`,
      patchSize: SIZE,
      intensityMode: 'ORDINAL',
      patternClasses: { create: PATTERNS.map((key, position) => ({ key, name: key, position })) },
      intensityLevels: { create: LEVELS.map((key, rank) => ({ key, name: key, rank })) },
    },
    select: {
      id: true,
      patternClasses: { select: { id: true, key: true } },
      intensityLevels: { select: { id: true, key: true } },
    },
  });
  const patternId = new Map(dataset.patternClasses.map((p) => [p.key, p.id]));
  const levelId = new Map(dataset.intensityLevels.map((l) => [l.key, l.id]));
  const prefix = `test-exports/${dataset.id}`;
  const imageBytes = new Map<string, Buffer>();
  await Promise.all(
    Array.from({ length: DISTINCT }, async (_, k) => {
      const data = new Uint8Array(SIZE * SIZE).fill(10 * k + 5);
      const image = await encodePng({ width: SIZE, height: SIZE, bitDepth: 8, data });
      const mask = await encodeMaskPng({
        width: SIZE,
        height: SIZE,
        data: Uint8Array.from(maskPixels(k), (v) => v * 255),
      });
      imageBytes.set(`${prefix}/image-${k}.png`, image);
      await store.put(`${prefix}/image-${k}.png`, image, 'image/png');
      await store.put(`${prefix}/mask-${k}.png`, mask, 'image/png');
    }),
  );
  const specimens = Array.from({ length: o.specimens }, (_, s) => ({
    id: randomUUID(),
    datasetId: dataset.id,
    externalId: `s${String(s).padStart(3, '0')}`,
    imageKey: `${prefix}/specimen-${s}.png`,
    width: 1000,
    height: 1000,
    bitDepth: 8,
    contentHash: `${tag}-${s}`,
  }));
  await db.specimen.createMany({ data: specimens });
  const base = Date.UTC(2026, 0, 1);
  const patches: SeededPatch[] = [];
  const patchRows = [];
  const annotationRows = [];
  for (let i = 0; i < o.patches; i++) {
    const specimen = specimens[i % o.specimens]!;
    const x = Math.floor(i / o.specimens) * SIZE;
    const approved = i % o.submittedEvery !== o.submittedEvery - 1;
    const pattern = PATTERNS[i % 3]!;
    const intensity = LEVELS[Math.floor(i / 3) % 3]!;
    const k = i % DISTINCT;
    const id = randomUUID();
    patchRows.push({
      id,
      datasetId: dataset.id,
      specimenId: specimen.id,
      x,
      y: 0,
      width: SIZE,
      height: SIZE,
      imageKey: `${prefix}/image-${k}.png`,
      status: approved ? ('APPROVED' as const) : ('SUBMITTED' as const),
    });
    annotationRows.push({
      patchId: id,
      source: 'IMPORT' as const,
      status: approved ? ('APPROVED' as const) : ('SUBMITTED' as const),
      patternClassId: patternId.get(pattern)!,
      intensityLevelId: levelId.get(intensity)!,
      maskKey: `${prefix}/mask-${k}.png`,
      updatedAt: new Date(base + i * 1000),
    });
    patches.push({
      name: `${specimen.externalId}_x${x}_y0`,
      approved,
      pattern,
      intensity,
      imageKey: `${prefix}/image-${k}.png`,
      maskKey: `${prefix}/mask-${k}.png`,
      mask: maskPixels(k),
    });
  }
  for (let i = 0; i < patchRows.length; i += 1000) {
    await db.patch.createMany({ data: patchRows.slice(i, i + 1000) });
    await db.annotation.createMany({ data: annotationRows.slice(i, i + 1000) });
  }
  const lastApproved = annotationRows.findLast((a) => a.status === 'APPROVED')!;
  return {
    datasetId: dataset.id,
    slug: `export-${tag}`,
    patches,
    newestApprovalAt: lastApproved.updatedAt,
    imageBytes,
  };
}

export interface ExportJobState {
  id: string;
  status: string;
  progressDone: number;
  progressTotal: number;
  error: string | null;
}

/** Follows an export job over graphql-ws until it ends; returns every state seen. */
export function followExport(
  api: TestApi,
  token: string,
  jobId: string,
  fields: string,
): Promise<ExportJobState[]> {
  return followJob<ExportJobState>(api, token, 'exportProgress', jobId, fields);
}
