import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let admin: TestUser;
let curator: TestUser;
let annotator: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  [admin, curator, annotator] = await Promise.all([
    createSignedInUser(api, 'ADMIN'),
    createSignedInUser(api, 'CURATOR'),
    createSignedInUser(api, 'ANNOTATOR'),
  ]);
});
afterAll(() => api?.stop());

const slug = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

async function waitForJob(id: string) {
  for (let i = 0; i < 300; i++) {
    const r = await gql<{ importJob: { status: string; labels: string; error: string | null } }>(
      api.url,
      'query($j:ID!){importJob(id:$j){status labels error}}',
      { j: id },
      curator.token,
    );
    const job = r.data?.importJob;
    if (job && (job.status === 'SUCCEEDED' || job.status === 'FAILED')) return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`import ${id} did not finish`);
}

describe('createDataset: taxonomy presets and patch size', () => {
  it('SNPHEp-2 preset with 128 px patches and default strides from the patch size', async () => {
    const r = await gql<{
      createDataset: {
        id: string;
        patchSize: number;
        strideX: number;
        strideY: number;
        patternClasses: { key: string }[];
      };
    }>(
      api.url,
      'mutation($s:String!){createDataset(slug:$s,name:"snp",taxonomyPreset:SNPHEP2,patchSize:128){id patchSize strideX strideY patternClasses{key}}}',
      { s: slug('snp') },
      admin.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createDataset).toMatchObject({ patchSize: 128, strideX: 84, strideY: 109 });
    expect(r.data!.createDataset.patternClasses.map((p) => p.key)).toEqual([
      'homogeneous',
      'coarse_speckled',
      'fine_speckled',
      'nucleolar',
      'centromere',
    ]);
  });
});

describe('startImport with curated labels', () => {
  it('approves every patch with an authorless IMPORT annotation that no person is credited with', async () => {
    const created = await gql<{ createDataset: { id: string } }>(
      api.url,
      'mutation($s:String!){createDataset(slug:$s,name:"curated",patchSize:256){id}}',
      { s: slug('curated') },
      admin.token,
    );
    const datasetId = created.data!.createDataset.id;
    const dir = await mkdtemp(path.join(process.env.HEP2_TEST_SCRATCH ?? tmpdir(), 'api-curated-'));
    await writeDatasetFolder(
      dir,
      { seed: 'api-cur', specimens: 2, width: 300, height: 300, cellCount: 5 },
      { layout: 'header-csv' },
    );
    const started = await gql<{ startImport: { id: string; labels: string } }>(
      api.url,
      'mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p,labels:CURATED){id labels}}',
      { d: datasetId, p: dir },
      admin.token,
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startImport.labels).toBe('CURATED');
    const job = await waitForJob(started.data!.startImport.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', labels: 'CURATED', error: null });

    const patches = await api.db.patch.findMany({
      where: { datasetId },
      select: { status: true, annotations: { select: { source: true, status: true, authorId: true } } },
    });
    expect(patches.length).toBeGreaterThan(0);
    for (const p of patches) {
      expect(p.status).toBe('APPROVED');
      expect(p.annotations).toEqual([{ source: 'IMPORT', status: 'APPROVED', authorId: null }]);
    }
    // Nothing to label, and nobody's statistics contain the imported labels.
    const claim = await gql(
      api.url,
      'mutation($d:ID!){claimNext(datasetId:$d){patch{id}}}',
      { d: datasetId },
      annotator.token,
    );
    expect(claim.errors?.[0]?.extensions?.code).toBe('QUEUE_EMPTY');
    const stats = await gql<{ annotatorThroughput: unknown[]; annotatorAgreement: unknown[] }>(
      api.url,
      'query($d:ID!){annotatorThroughput(datasetId:$d){approved} annotatorAgreement(datasetId:$d){intensityKappa}}',
      { d: datasetId },
      admin.token,
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data).toEqual({ annotatorThroughput: [], annotatorAgreement: [] });
  });

  it('a weak import (the default) leaves the patches queued', async () => {
    const created = await gql<{ createDataset: { id: string } }>(
      api.url,
      'mutation($s:String!){createDataset(slug:$s,name:"weak"){id}}',
      { s: slug('weak') },
      admin.token,
    );
    const datasetId = created.data!.createDataset.id;
    const dir = await mkdtemp(path.join(process.env.HEP2_TEST_SCRATCH ?? tmpdir(), 'api-weak-'));
    await writeDatasetFolder(
      dir,
      { seed: 'api-weak', specimens: 1, width: 200, height: 200, cellCount: 3 },
      { layout: 'header-csv' },
    );
    const started = await gql<{ startImport: { id: string; labels: string } }>(
      api.url,
      'mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p){id labels}}',
      { d: datasetId, p: dir },
      admin.token,
    );
    expect(started.data!.startImport.labels).toBe('WEAK');
    expect((await waitForJob(started.data!.startImport.id)).status).toBe('SUCCEEDED');
    expect(await api.db.annotation.count({ where: { patch: { datasetId } } })).toBe(0);
    expect(await api.db.patch.count({ where: { datasetId, status: { not: 'QUEUED' } } })).toBe(0);
  });

  it('only admins may complete an upload as curated', async () => {
    const r = await gql(
      api.url,
      'mutation($u:ID!){completeSpecimenUpload(uploadId:$u,labels:CURATED){id}}',
      { u: '00000000-0000-4000-8000-000000000000' },
      curator.token,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
