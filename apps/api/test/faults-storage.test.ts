/**
 * Faults of the object store: unreachable during a submit, and full while an upload is completed.
 * A submit does not need the store (its mask commits to the PendingObject outbox and is uploaded once
 * the store is back); an upload does, and its refusal is clean (STORAGE_UNAVAILABLE / a validation
 * error): nothing half-written in Postgres or the bucket, and retrying after the store is back works.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '@hep2/data';
import { type EmbeddedS3, findFreePort, startEmbeddedS3 } from '@hep2/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskFromPng } from '../src/features/annotations/mask-codec';
import { pendingUploadsSettled, uploadPendingObjects } from '../src/shared/pending-objects';
import { draftAwaitingSubmit } from './support/draft-awaiting-submit';
import { type LimitedS3, startLimitedS3 } from './support/faulty-s3';
import { createSignedInUser, gql, startTestApi, type TestApi } from './support/test-api';
import { SUBMIT } from './support/workflow-fixtures';

function storeEnv(s3: { endpoint: string; accessKey: string; secretKey: string; bucket: string }) {
  return {
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY: s3.accessKey,
    S3_SECRET_KEY: s3.secretKey,
    S3_BUCKET: s3.bucket,
  };
}

describe('object store unreachable during a submit', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-fault-s3-'));
  let port: number;
  let s3: EmbeddedS3 | null = null;
  let api: TestApi;
  const startStore = async () => {
    s3 = await startEmbeddedS3({ directory, port, bucket: 'hep2-fault' });
    return s3;
  };

  beforeAll(async () => {
    port = await findFreePort();
    api = await startTestApi(storeEnv(await startStore()));
  });
  afterAll(async () => {
    await api?.stop();
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('accepts the submit with the mask committed to the outbox, and uploads it once the store is back', async () => {
    const { annotator, annotationId, submit, snapshot } = await draftAwaitingSubmit(api, 2);
    const submittedMaskUrl = async () => {
      const mine = await gql<{
        myAnnotations: { edges: { node: { id: string; maskUrl: string | null } }[] };
      }>(
        api.url,
        '{ myAnnotations(first: 20, status: SUBMITTED) { edges { node { id maskUrl } } } }',
        {},
        annotator.token,
      );
      expect(mine.errors).toBeUndefined();
      return mine.data?.myAnnotations.edges.find((e) => e.node.id === annotationId)?.node.maskUrl;
    };
    await pendingUploadsSettled(api.db);
    const before = await snapshot();
    expect(before.annotation).toMatchObject({ version: 1, status: 'DRAFT', maskArea: 20 });
    const draftMask = await api.services.store.get(before.annotation.maskKey!);

    await s3!.stop();
    s3 = null;
    // Nothing on the submit's path needs the store: the mask commits with the annotation.
    const accepted = await gql<{
      submitAnnotation: { id: string; version: number; status: string; maskArea: number };
    }>(api.url, SUBMIT, { i: submit }, annotator.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.submitAnnotation).toMatchObject({
      id: annotationId,
      version: 2,
      status: 'SUBMITTED',
      maskArea: 30,
    });
    const after = await snapshot();
    expect(after).toMatchObject({
      annotation: { version: 2, status: 'SUBMITTED' },
      revisions: 2,
      patch: { status: 'SUBMITTED', submittedCount: 1 },
      submits: 1,
    });
    const maskKey = after.annotation.maskKey!;
    expect(maskKey).not.toBe(before.annotation.maskKey);
    const sweep = { olderThanMs: 0, prefix: `${maskKey.split('/annotations/')[0]}/` };
    // The upload after the commit fails; the mask waits in the outbox, byte for byte.
    await pendingUploadsSettled(api.db);
    const pending = await api.db.pendingObject.findMany({
      where: { key: { startsWith: sweep.prefix } },
      select: { key: true, body: true },
    });
    expect(pending.map((p) => p.key)).toEqual([maskKey]);
    const mask = await maskFromPng(pending[0]!.body);
    expect(mask.data.filter((v) => v === 255)).toHaveLength(30);
    // The annotator still sees the mask: its URL carries the outbox's bytes while the store is down.
    expect(await submittedMaskUrl()).toBe(
      `data:image/png;base64,${Buffer.from(pending[0]!.body).toString('base64')}`,
    );
    // Reads that need the store fail cleanly (and the API stays up).
    const health = await gql<{ health: { ok: boolean; objectStore: boolean; database: boolean } }>(
      api.url,
      '{health{ok objectStore database}}',
    );
    expect(health.data?.health).toEqual({ ok: false, objectStore: false, database: true });
    // A sweep while the store is down uploads nothing and keeps the row.
    expect(await uploadPendingObjects(api.db, api.services.store, sweep)).toEqual({ uploaded: 0, failed: 1 });

    await startStore();
    // Back up but not swept yet: readers get the mask from the outbox (the store lacks the object).
    expect(await api.services.store.exists(maskKey)).toBe(false);
    expect(await api.services.store.get(maskKey)).toEqual(Buffer.from(pending[0]!.body));
    expect(await uploadPendingObjects(api.db, api.services.store, sweep)).toEqual({ uploaded: 1, failed: 0 });
    expect(await api.db.pendingObject.count({ where: { key: maskKey } })).toBe(0);
    // Uploaded and forgotten: the URL is a presigned one again, and it reads the same bytes.
    const url = await submittedMaskUrl();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hep2-fault\/datasets\/.*X-Amz-Signature=/);
    expect(Buffer.from(await (await fetch(url!)).arrayBuffer())).toEqual(Buffer.from(pending[0]!.body));
    expect(await api.services.store.get(maskKey)).toEqual(Buffer.from(pending[0]!.body));
    // No data lost: the draft's mask is still stored next to the submitted one.
    expect(await api.services.store.get(before.annotation.maskKey!)).toEqual(draftMask);
  });
});

/** A grey 8-bit noise image: PNG cannot compress it, so its size is ~width*height bytes. */
function noisePng(width: number, height: number, seed: number): Promise<Buffer> {
  const data = new Uint8Array(width * height);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < data.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = x & 0xff;
  }
  return encodePng({ width, height, bitDepth: 8, data });
}

const REQUEST = `mutation($d:ID!,$f:String!,$s:Int!){requestSpecimenUpload(datasetId:$d,filename:$f,size:$s){uploadId url}}`;
const COMPLETE = `mutation($u:ID!){completeSpecimenUpload(uploadId:$u,pattern:"homogeneous",intensity:"positive"){id patches{id}}}`;

describe('full disk on upload', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hep2-fault-disk-'));
  const CAPACITY = 2 * 1024 * 1024;
  let s3: LimitedS3;
  let api: TestApi;
  let datasetId: string;
  let token: string;

  beforeAll(async () => {
    s3 = await startLimitedS3({
      directory: join(directory, 'disk'),
      port: await findFreePort(),
      bucket: 'hep2-disk',
      capacityBytes: CAPACITY,
    });
    api = await startTestApi(storeEnv(s3));
    const admin = await createSignedInUser(api, 'ADMIN');
    token = admin.token;
    // 320 px patches, no overlap: a 640x640 upload becomes 4 patches.
    const created = await gql<{ createDataset: { id: string } }>(
      api.url,
      'mutation($s:String!){createDataset(slug:$s,name:"Full disk",patchSize:320,strideX:320,strideY:320){id}}',
      { s: `disk-${randomUUID().slice(0, 8)}` },
      token,
    );
    expect(created.errors).toBeUndefined();
    datasetId = created.data!.createDataset.id;
  });
  afterAll(async () => {
    await api?.stop();
    await s3?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const objectsOf = async () =>
    [
      ...(await api.services.store.list(`datasets/${datasetId}/`)),
      ...(await api.services.store.list(`uploads/${datasetId}/`)),
    ].sort();
  const specimenCount = () => api.db.specimen.count({ where: { datasetId } });

  async function upload(bytes: Buffer, name: string) {
    const ticket = await gql<{ requestSpecimenUpload: { uploadId: string; url: string } }>(
      api.url,
      REQUEST,
      { d: datasetId, f: name, s: bytes.length },
      token,
    );
    expect(ticket.errors).toBeUndefined();
    const { uploadId, url } = ticket.data!.requestSpecimenUpload;
    const response = await fetch(url, { method: 'PUT', body: bytes });
    await response.arrayBuffer();
    return { uploadId, putStatus: response.status };
  }

  it('refuses the upload itself when the disk is full: no specimen, no object', async () => {
    const filler = join(s3.root, 'filler.bin');
    writeFileSync(filler, Buffer.alloc(CAPACITY - 64 * 1024));
    try {
      const image = await noisePng(400, 400, 7); // ~160 kB, more than is left
      const { uploadId, putStatus } = await upload(image, 'too-big-for-the-disk.png');
      expect(putStatus).toBe(500);
      const done = await gql(api.url, COMPLETE, { u: uploadId }, token);
      expect(done.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(done.errors?.[0]?.message).toMatch(/Nothing was uploaded/);
      expect(await specimenCount()).toBe(0);
      expect(await objectsOf()).toEqual([]);
      expect((await api.db.upload.findUniqueOrThrow({ where: { id: uploadId } })).status).toBe('PENDING');
    } finally {
      rmSync(filler, { force: true });
    }
  });

  it('refuses completeSpecimenUpload with STORAGE_UNAVAILABLE when patches no longer fit, rolls back, and succeeds once space is freed', async () => {
    // ~410 kB upload; after it, ~1.3 MB of 2 MB used: the specimen copy fits, its 4 patches do not.
    const filler = join(s3.root, 'filler.bin');
    writeFileSync(filler, Buffer.alloc(900 * 1024));
    const image = await noisePng(640, 640, 11);
    const { uploadId, putStatus } = await upload(image, 'well-07.png');
    expect(putStatus).toBe(200);
    const uploadKey = (await api.db.upload.findUniqueOrThrow({ where: { id: uploadId } })).objectKey;
    const before = await objectsOf();
    expect(before).toEqual([uploadKey]);

    const refused = await gql(api.url, COMPLETE, { u: uploadId }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'STORAGE_UNAVAILABLE', status: 503 });
    expect(await specimenCount()).toBe(0);
    expect(await api.db.patch.count({ where: { datasetId } })).toBe(0);
    // Every object the failed import wrote was removed; the upload waits, untouched, for a retry.
    expect(await objectsOf()).toEqual(before);
    expect(await api.services.store.get(uploadKey)).toEqual(image);
    expect((await api.db.upload.findUniqueOrThrow({ where: { id: uploadId } })).status).toBe('PENDING');

    rmSync(filler);
    const accepted = await gql<{ completeSpecimenUpload: { id: string; patches: { id: string }[] } }>(
      api.url,
      COMPLETE,
      { u: uploadId },
      token,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.completeSpecimenUpload.patches).toHaveLength(4);
    expect(await specimenCount()).toBe(1);
    expect((await api.db.upload.findUniqueOrThrow({ where: { id: uploadId } })).status).toBe('ACCEPTED');
    // Exactly the objects the new rows reference (specimen image + 4 patch images); the upload is gone.
    const specimens = await api.db.specimen.findMany({
      where: { datasetId },
      select: { imageKey: true, maskKey: true },
    });
    const patches = await api.db.patch.findMany({
      where: { datasetId },
      select: { imageKey: true, maskKey: true },
    });
    const referenced = [...specimens, ...patches]
      .flatMap((r) => [r.imageKey, r.maskKey])
      .filter((k) => k !== null);
    expect(await objectsOf()).toEqual(referenced.sort());
    expect(referenced).toHaveLength(5);
    console.log(`full-disk test ran on ${s3.tmpfs ? 'a real 2 MiB tmpfs' : 'a simulated 2 MiB quota'}`);
  });
});
