import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodePng } from '@hep2/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let admin: TestUser;
let curator: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  [admin, curator] = await Promise.all([
    createSignedInUser(api, 'ADMIN'),
    createSignedInUser(api, 'CURATOR'),
  ]);
});
afterAll(() => api?.stop());

const W = 96;
const H = 80;

async function writeGrey(dir: string, rel: string, at: (x: number, y: number) => number): Promise<void> {
  const data = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) data[y * W + x] = at(x, y);
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), await encodePng({ width: W, height: H, bitDepth: 8, data }));
}

const disc = (x: number, y: number) => (Math.hypot(x - 48, y - 40) < 20 ? 255 : 0);
// outlines in many grey levels: the contour masks some real sets ship
const rings = (x: number, y: number) =>
  Math.abs(Math.hypot(x - 48, y - 40) - 20) < 0.6 ? 80 + ((x + y) % 20) : 0;

/** Four images in two groups (specimen column): masks filled, empty (line 3), outlines (line 4), filled. */
async function labelledFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(process.env.HEP2_TEST_SCRATCH ?? tmpdir(), 'api-report-'));
  const masks = [disc, () => 0, rings, disc];
  const lines = ['image,mask,specimen,pattern,intensity'];
  for (const [i, mask] of masks.entries()) {
    await writeGrey(dir, `img/${i}.png`, (x, y) => (x * 3 + y * 5 + i * 41) % 200);
    await writeGrey(dir, `msk/${i}.png`, mask);
    lines.push(`img/${i}.png,msk/${i}.png,s${i < 2 ? 'a' : 'b'},homogeneous,positive`);
  }
  await writeFile(path.join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
  return dir;
}

async function importCurated(): Promise<{ datasetId: string; jobId: string }> {
  const created = await gql<{ createDataset: { id: string } }>(
    api.url,
    'mutation($s:String!){createDataset(slug:$s,name:"report",patchSize:64){id}}',
    { s: `report-${Math.random().toString(36).slice(2, 10)}` },
    admin.token,
  );
  expect(created.errors).toBeUndefined();
  const datasetId = created.data!.createDataset.id;
  const started = await gql<{ startImport: { id: string } }>(
    api.url,
    'mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p,labels:CURATED){id}}',
    { d: datasetId, p: await labelledFolder() },
    admin.token,
  );
  expect(started.errors).toBeUndefined();
  return { datasetId, jobId: started.data!.startImport.id };
}

interface ReportedJob {
  status: string;
  error: string | null;
  warnings: string[];
  maskSummary: {
    masks: number;
    emptyLines: number[];
    contourLines: number[];
    foregroundMin: number;
    foregroundMax: number;
    binarizations: { method: string; masks: number }[];
  } | null;
  grouping: { by: string; detected: boolean; groups: number } | null;
}

async function finishedJob(id: string): Promise<ReportedJob> {
  for (let i = 0; i < 300; i++) {
    const r = await gql<{ importJob: ReportedJob }>(
      api.url,
      `query($j:ID!){importJob(id:$j){status error warnings
        maskSummary{masks emptyLines contourLines foregroundMin foregroundMax binarizations{method masks}}
        grouping{by detected groups}}}`,
      { j: id },
      curator.token,
    );
    expect(r.errors).toBeUndefined();
    const job = r.data!.importJob;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`import ${id} did not finish`);
}

describe("an import job's report", () => {
  let imported: { datasetId: string; jobId: string };
  beforeAll(async () => {
    imported = await importCurated();
  });

  it('keeps the warnings, the mask summary and the grouping with the job', async () => {
    const job = await finishedJob(imported.jobId);
    expect(job).toMatchObject({ status: 'SUCCEEDED', error: null });
    expect(job.maskSummary).toMatchObject({ masks: 4, emptyLines: [3], contourLines: [4], foregroundMin: 0 });
    expect(job.maskSummary!.foregroundMax).toBeGreaterThan(0.1);
    expect(job.maskSummary!.binarizations.reduce((n, b) => n + b.masks, 0)).toBe(4);
    expect(job.grouping).toEqual({ by: 'column', detected: true, groups: 2 });
    expect(job.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('line(s) 3'), expect.stringContaining('line(s) 4')]),
    );
  });

  it("shows a curated specimen's imported ground truth as its verdict; the chart counts it as curated", async () => {
    await finishedJob(imported.jobId);
    const specimen = await api.db.specimen.findFirstOrThrow({
      where: { datasetId: imported.datasetId },
      orderBy: { externalId: 'asc' },
      select: { id: true, patches: { select: { id: true } } },
    });
    const r = await gql<{
      specimen: {
        rollup: unknown;
        importedTruth: { patches: number; patternClass: { key: string }; intensityLevel: { key: string } };
      };
      dataset: {
        stats: {
          specimenPatterns: { key: string; count: number }[];
          curatedSpecimenPatterns: { key: string; count: number }[];
          approvedPatterns: { key: string; count: number }[];
          importedPatterns: { key: string; count: number }[];
          importedIntensities: { key: string; count: number }[];
        };
      };
    }>(
      api.url,
      `query($s:ID!,$d:ID!){specimen(id:$s){rollup importedTruth{patches patternClass{key} intensityLevel{key}}}
        dataset(id:$d){stats{specimenPatterns{key count} curatedSpecimenPatterns{key count}
          approvedPatterns{key count} importedPatterns{key count} importedIntensities{key count}}}}`,
      { s: specimen.id, d: imported.datasetId },
      curator.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.specimen.rollup).toBeNull();
    expect(r.data!.specimen.importedTruth).toEqual({
      patches: specimen.patches.length,
      patternClass: { key: 'homogeneous' },
      intensityLevel: { key: 'positive' },
    });
    const count = (rows: { key: string; count: number }[]) =>
      rows.find((p) => p.key === 'homogeneous')?.count;
    // one specimen per image (the specimen column groups them into folds)
    expect(count(r.data!.dataset.stats.specimenPatterns)).toBe(4);
    expect(count(r.data!.dataset.stats.curatedSpecimenPatterns)).toBe(4);
    // every approved label of this dataset was imported: none is the team's own work
    const { stats } = r.data!.dataset;
    const total = (rows: { count: number }[]) => rows.reduce((n, row) => n + row.count, 0);
    expect(total(stats.approvedPatterns)).toBeGreaterThan(0);
    expect(stats.importedPatterns).toEqual(stats.approvedPatterns);
    expect(total(stats.importedIntensities)).toBe(total(stats.approvedPatterns));
  });

  it('a weak specimen has no imported ground truth', async () => {
    const weak = await api.db.specimen.findFirst({
      where: {
        patches: { some: {} },
        NOT: { patches: { some: { annotations: { some: { source: 'IMPORT' } } } } },
      },
      select: { id: true },
    });
    if (!weak) return;
    const r = await gql<{ specimen: { importedTruth: unknown } }>(
      api.url,
      'query($s:ID!){specimen(id:$s){importedTruth{patches}}}',
      { s: weak.id },
      curator.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.specimen.importedTruth).toBeNull();
  });
});
