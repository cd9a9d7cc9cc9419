/**
 * Exports as archives, through the API: 2,000 patches (1,800 approved) leave as one .zip made by a
 * background job, followed live, stored in the bucket and listed with its size, labels and the
 * snapshot it came from; its presigned link downloads exactly the approved labels. A job that
 * cannot finish ends FAILED with the reason and no archive.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip } from '@hep2/catalog';
import { decodeImage } from '@hep2/data';
import { findFreePort } from '@hep2/embedded';
import { objectKeys } from '@hep2/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failAbandonedExport, runExportAttempt } from '../src/features/exports/export-worker';
import { followExport, type SeededExportDataset, seedExportDataset } from './support/export-fixtures';
import { type LimitedS3, startLimitedS3 } from './support/faulty-s3';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

const PATCHES = 2000;
const JOB_FIELDS = `id status progressDone progressTotal error format level approvedOnly fileName bytes files
  items labels warnings warningCount approvedLabels newestApprovalAt snapshotAt modelVersionId
  modelVersionNumber createdByName createdAt startedAt finishedAt downloadUrl`;
const START = `mutation($d:ID!,$f:ExportFormat!,$a:Boolean){startExport(datasetId:$d,format:$f,approvedOnly:$a){${JOB_FIELDS}}}`;

let api: TestApi;
let curator: TestUser;
let annotator: TestUser;
let seeded: SeededExportDataset;
let modelVersion: { id: string; number: number };

beforeAll(async () => {
  // A queue of this file's own: no other test file's API works on (or stops) these jobs.
  api = await startTestApi({ EXPORT_QUEUE: `exports-${randomUUID().slice(0, 8)}` });
  [curator, annotator] = await Promise.all([
    createSignedInUser(api, 'CURATOR'),
    createSignedInUser(api, 'ANNOTATOR'),
  ]);
  seeded = await seedExportDataset(api.db, api.services.store, {
    patches: PATCHES,
    specimens: 40,
    submittedEvery: 10,
  });
  modelVersion = await api.db.modelVersion.create({
    data: {
      datasetId: seeded.datasetId,
      number: 3,
      status: 'ACTIVE',
      artifactKey: 'models/none',
      artifactBytes: 1,
      artifactSha256: '0'.repeat(64),
      architecture: {},
      parameterCount: 1,
    },
    select: { id: true, number: true },
  });
}, 60_000);
afterAll(() => api?.stop());

type Job = Record<string, unknown> & { id: string; status: string; downloadUrl: string | null };

describe('exports as archives', () => {
  it('exports 2,000 patches as one zip holding exactly the approved labels', async () => {
    const approved = seeded.patches.filter((p) => p.approved);
    expect(approved).toHaveLength(1800);
    // A lab system that hears of finished exports of this dataset.
    const webhook = await api.db.webhook.create({
      data: {
        url: 'https://lims.example.test/hep2',
        events: ['DATASET_EXPORTED'],
        datasetId: seeded.datasetId,
        secret: 'whsec_exports',
      },
      select: { id: true },
    });
    const started = await gql<{ startExport: Job }>(
      api.url,
      START,
      { d: seeded.datasetId, f: 'HEADER_CSV' },
      curator.token,
    );
    expect(started.errors).toBeUndefined();
    const job = started.data!.startExport;
    expect(job).toMatchObject({
      status: 'QUEUED',
      downloadUrl: null,
      progressDone: 0,
      createdByName: 'curator',
    });

    const states = await followExport(api, curator.token, job.id, JOB_FIELDS);
    const done = states.at(-1) as unknown as Job;
    // export.json, manifest.csv, then an image and a mask per approved patch.
    const files = 2 + 2 * approved.length;
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      error: null,
      format: 'HEADER_CSV',
      level: 'PATCH',
      approvedOnly: true,
      progressDone: files,
      progressTotal: files,
      files,
      items: approved.length,
      labels: approved.length,
      warnings: [],
      warningCount: 0,
      approvedLabels: approved.length,
      newestApprovalAt: seeded.newestApprovalAt.toISOString(),
      modelVersionId: modelVersion.id,
      modelVersionNumber: 3,
    });
    expect(done.fileName).toMatch(
      new RegExp(`^${seeded.slug}-header-csv-patch-approved-\\d{8}-\\d{4}\\.zip$`),
    );
    const seenProgress = states.map((s) => s.progressDone);
    expect(seenProgress).toEqual([...seenProgress].sort((a, b) => a - b));

    // Listed with the dataset's exports, newest first.
    const listed = await gql<{ exportJobs: { edges: { node: Job }[] } }>(
      api.url,
      `query($d:ID!){exportJobs(datasetId:$d,first:5){edges{node{${JOB_FIELDS}}}}}`,
      { d: seeded.datasetId },
      curator.token,
    );
    const node = listed.data!.exportJobs.edges[0]!.node;
    expect(node).toMatchObject({ id: job.id, status: 'SUCCEEDED', bytes: done.bytes });

    // The link is signed on read; it downloads the archive under its name.
    const response = await fetch(node.downloadUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${done.fileName}"`);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(done.bytes);
    const zip = await readZip(body);
    expect(zip.size).toBe(files);
    const about = JSON.parse(zip.get('export.json')!.toString('utf8'));
    expect(about.snapshot).toMatchObject({ approvedLabels: 1800, modelVersion: { number: 3 } });

    // The manifest names exactly the approved patches, with their labels.
    const [header, ...rows] = zip.get('manifest.csv')!.toString('utf8').trim().split('\n');
    expect(header).toBe('image,mask,pattern,intensity,specimen,fold');
    const byImage = new Map(rows.map((r) => [r.split(',')[0], r.split(',')]));
    expect(byImage.size).toBe(approved.length);
    expect([...byImage.keys()].sort()).toEqual(approved.map((p) => `images/${p.name}.png`).sort());
    for (const patch of seeded.patches.filter((p) => !p.approved).slice(0, 20))
      expect(zip.has(`images/${patch.name}.png`)).toBe(false);
    // A sample of patches: labels, image bytes and a mask that decodes to the approved mask.
    for (const patch of approved.filter((_, i) => i % 60 === 7)) {
      const row = byImage.get(`images/${patch.name}.png`)!;
      expect(row.slice(1, 4)).toEqual([`masks/${patch.name}_mask.png`, patch.pattern, patch.intensity]);
      expect(zip.get(`images/${patch.name}.png`)!.equals(seeded.imageBytes.get(patch.imageKey)!)).toBe(true);
      const mask = await decodeImage(zip.get(`masks/${patch.name}_mask.png`)!);
      expect(Array.from(mask.data, (v) => (v ? 1 : 0))).toEqual(patch.mask);
    }

    const audit = await api.db.auditLog.findMany({
      where: { OR: [{ entityId: job.id }, { entityId: seeded.datasetId, action: 'dataset.export' }] },
      select: { action: true, after: true },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['export.start', 'dataset.export']);
    expect(audit[1]?.after).toMatchObject({ exportJobId: job.id, items: 1800, modelVersionNumber: 3 });
    // ...which webhooks announce as dataset.exported, in the transaction that finished the job.
    const deliveries = await api.db.webhookDelivery.findMany({
      where: { webhookId: webhook.id },
      select: { event: true, payload: true },
    });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      event: 'DATASET_EXPORTED',
      payload: { event: 'dataset.exported', datasetId: seeded.datasetId, data: { exportJobId: job.id } },
    });
    await api.db.webhook.delete({ where: { id: webhook.id } });
  }, 120_000);

  it('is for curators and admins: an annotator may neither start nor list exports', async () => {
    const started = await gql(api.url, START, { d: seeded.datasetId, f: 'COCO' }, annotator.token);
    expect(started.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await gql(
      api.url,
      'query($d:ID!){exportJobs(datasetId:$d){edges{node{id}}}}',
      { d: seeded.datasetId },
      annotator.token,
    );
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await gql(api.url, START, { d: randomUUID(), f: 'COCO' }, curator.token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a dataset with a missing image ends FAILED with the reason, and keeps no archive', async () => {
    const broken = await seedExportDataset(api.db, api.services.store, {
      patches: 30,
      specimens: 3,
      submittedEvery: 1000,
    });
    // One patch's image is gone from the bucket (removed behind the platform's back).
    const victim = broken.patches[12]!;
    const lostKey = `test-exports/${broken.datasetId}/lost.png`;
    const patch = await api.db.patch.findFirstOrThrow({
      where: { datasetId: broken.datasetId, imageKey: victim.imageKey },
      orderBy: { x: 'asc' },
      select: { id: true, x: true, specimen: { select: { externalId: true } } },
    });
    await api.db.patch.update({ where: { id: patch.id }, data: { imageKey: lostKey } });
    const started = await gql<{ startExport: Job }>(
      api.url,
      START,
      { d: broken.datasetId, f: 'COCO' },
      curator.token,
    );
    const states = await followExport(api, curator.token, started.data!.startExport.id, JOB_FIELDS);
    const failed = states.at(-1) as unknown as Job;
    const name = `images/${patch.specimen.externalId}_x${patch.x}_y0.png`;
    expect(failed).toMatchObject({
      status: 'FAILED',
      error: `export failed: ${name}: its object ${lostKey} is missing from the object store`,
      downloadUrl: null,
      bytes: null,
      files: null,
    });
    expect(failed.finishedAt).toBeTruthy();
    // Nothing stored for the job, and the trail says why.
    expect(await api.services.store.list(objectKeys.exportJob(broken.datasetId, failed.id))).toEqual([]);
    const trail = await api.db.auditLog.findMany({ where: { entityId: failed.id }, orderBy: { id: 'asc' } });
    expect(trail.map((t) => t.action)).toEqual(['export.start', 'export.fail']);
    expect(
      await api.db.auditLog.count({ where: { entityId: broken.datasetId, action: 'dataset.export' } }),
    ).toBe(0);
  });
});

describe('a job whose worker died', () => {
  it('is taken over by the next attempt, which removes what the dead one wrote; with none left, FAILED', async () => {
    const small = await seedExportDataset(api.db, api.services.store, {
      patches: 20,
      specimens: 2,
      submittedEvery: 1000,
    });
    const store = api.services.store;
    // As a worker killed mid-export leaves it (not on any queue: this test runs the attempts).
    const deadJob = async (attempts: number) => {
      const job = await api.db.exportJob.create({
        data: {
          datasetId: small.datasetId,
          format: 'coco',
          level: 'patch',
          status: 'RUNNING',
          attempts,
          createdById: curator.id,
        },
        select: { id: true },
      });
      await store.put(objectKeys.exportArchive(small.datasetId, job.id, attempts), Buffer.from('PK partial'));
      return job.id;
    };

    const retried = await deadJob(1);
    await runExportAttempt(api.services, retried);
    const done = await api.db.exportJob.findUniqueOrThrow({ where: { id: retried } });
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 2, items: 20, error: null });
    expect(done.archiveKey).toBe(objectKeys.exportArchive(small.datasetId, retried, 2));
    expect(await store.list(objectKeys.exportJob(small.datasetId, retried))).toEqual([done.archiveKey]);
    // A late worker for the same job finds it finished and changes nothing.
    await runExportAttempt(api.services, retried);
    expect(await api.db.exportJob.findUniqueOrThrow({ where: { id: retried } })).toEqual(done);

    const abandoned = await deadJob(3);
    await failAbandonedExport(api.services, abandoned);
    const failed = await api.db.exportJob.findUniqueOrThrow({ where: { id: abandoned } });
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(
      /^export abandoned: the process running it stopped 3 time\(s\) before it could finish/,
    );
    expect(failed.archiveKey).toBeNull();
    expect(await store.list(objectKeys.exportJob(small.datasetId, abandoned))).toEqual([]);
  });
});

/** Room left on the limited store's disk: a real tmpfs's free blocks, or the simulated limit's. */
function freeBytes(s3: LimitedS3): number {
  if (s3.tmpfs) {
    const fs = statfsSync(s3.root);
    return fs.bavail * fs.bsize;
  }
  const used = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, e) => sum + (e.isDirectory() ? used(join(dir, e.name)) : statSync(join(dir, e.name)).size),
      0,
    );
  return CAPACITY - used(s3.root);
}

const CAPACITY = 1024 * 1024;

describe('the bucket refuses the archive', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-export-disk-'));
  let s3: LimitedS3;
  let full: TestApi;

  beforeAll(async () => {
    s3 = await startLimitedS3({
      directory: join(directory, 'disk'),
      port: await findFreePort(),
      bucket: 'hep2-export-disk',
      capacityBytes: CAPACITY,
    });
    full = await startTestApi({
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY: s3.accessKey,
      S3_SECRET_KEY: s3.secretKey,
      S3_BUCKET: s3.bucket,
      EXPORT_QUEUE: `exports-full-${randomUUID().slice(0, 8)}`,
    });
  }, 60_000);
  afterAll(async () => {
    await full?.stop();
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('ends FAILED with STORAGE_UNAVAILABLE and no archive while the disk is full, then succeeds', async () => {
    const small = await seedExportDataset(full.db, full.services.store, {
      patches: 200,
      specimens: 4,
      submittedEvery: 1000,
    });
    const user = await createSignedInUser(full, 'ADMIN');
    // The images and masks fit; then the disk fills up to 24 kB short of full, and an archive of
    // 400 of them (~100 kB) no longer fits.
    const filler = join(s3.root, 'filler.bin');
    writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytes(s3) - 24 * 1024)));
    const start = () =>
      gql<{ startExport: Job }>(full.url, START, { d: small.datasetId, f: 'SEED_CSV' }, user.token);
    try {
      const refused = await followExport(full, user.token, (await start()).data!.startExport.id, JOB_FIELDS);
      const failed = refused.at(-1) as unknown as Job;
      expect(failed.status).toBe('FAILED');
      expect(failed.error).toBe(
        'export failed: The object store is unavailable (unreachable or refusing writes); nothing was saved, try again shortly',
      );
      expect(failed.downloadUrl).toBeNull();
      expect(await full.services.store.list(objectKeys.exportJob(small.datasetId, failed.id))).toEqual([]);
    } finally {
      rmSync(filler, { force: true });
    }
    const retried = await followExport(full, user.token, (await start()).data!.startExport.id, JOB_FIELDS);
    const succeeded = retried.at(-1) as unknown as Job;
    expect(succeeded).toMatchObject({ status: 'SUCCEEDED', items: 200, files: 402 });
    const zip = await readZip(Buffer.from(await (await fetch(succeeded.downloadUrl!)).arrayBuffer()));
    expect(zip.get('dataset.csv')!.toString('utf8').trim().split('\n')).toHaveLength(200);
  });
});
