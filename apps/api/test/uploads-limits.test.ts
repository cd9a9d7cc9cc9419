import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepAbandonedUploads } from '../src/features/imports/upload-sweep';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

/*
 * Against the embedded S3 server `npm test` runs (the store of development and tests); MinIO and S3
 * refuse the same requests by their Signature V4 check.
 */

let api: TestApi;
let admin: TestUser;
let datasetId: string;

type Ticket = { uploadId: string; url: string };

const SPECIMEN = `mutation($d:ID!,$f:String!,$s:Int!){requestSpecimenUpload(datasetId:$d,filename:$f,size:$s){
  uploadId url}}`;
const ARCHIVE = `mutation($d:ID!,$f:String!,$s:Float!){requestArchiveUpload(datasetId:$d,filename:$f,size:$s){
  uploadId url}}`;
const COMPLETE = 'mutation($u:ID!){completeSpecimenUpload(uploadId:$u){id}}';

async function ticket(query: string, filename: string, size: number): Promise<Ticket> {
  const r = await gql<Record<string, Ticket>>(
    api.url,
    query,
    { d: datasetId, f: filename, s: size },
    admin.token,
  );
  expect(r.errors).toBeUndefined();
  return Object.values(r.data ?? {})[0] as Ticket;
}

async function put(url: string, bytes: Uint8Array): Promise<number> {
  const response = await fetch(url, { method: 'PUT', body: bytes });
  await response.arrayBuffer();
  return response.status;
}

const objectKeyOf = async (uploadId: string) =>
  (await api.db.upload.findUniqueOrThrow({ where: { id: uploadId } })).objectKey;

beforeAll(async () => {
  api = await startTestApi();
  admin = await createSignedInUser(api, 'ADMIN');
  const created = await gql<{ createDataset: { id: string } }>(
    api.url,
    'mutation($s:String!){createDataset(slug:$s,name:"Upload limits"){id}}',
    { s: `upload-limits-${admin.id.slice(0, 8)}` },
    admin.token,
  );
  datasetId = created.data!.createDataset.id;
});
afterAll(() => api?.stop());

describe('presigned uploads carry their declared size', () => {
  it('the store refuses a specimen upload bigger or smaller than declared, and stores nothing', async () => {
    const t = await ticket(SPECIMEN, 'declared.png', 1000);
    expect(await put(t.url, randomBytes(5000))).toBe(403);
    expect(await put(t.url, randomBytes(999))).toBe(403);
    expect(await api.services.store.stat(await objectKeyOf(t.uploadId))).toBeNull();
    expect(await put(t.url, randomBytes(1000))).toBe(200);
    expect((await api.services.store.stat(await objectKeyOf(t.uploadId)))?.size).toBe(1000);
  });

  it('the same for a dataset archive', async () => {
    const t = await ticket(ARCHIVE, 'set.zip', 2000);
    expect(await put(t.url, randomBytes(70_000))).toBe(403);
    expect(await api.services.store.stat(await objectKeyOf(t.uploadId))).toBeNull();
  });

  it('the size is in the signature, not in the URL, so it cannot be edited', () =>
    ticket(SPECIMEN, 'edited.png', 1234).then((t) => {
      expect(t.url).toContain('X-Amz-SignedHeaders=content-length%3Bhost');
      expect(t.url).not.toContain('1234');
    }));
});

describe('uploads never completed are swept', () => {
  it('removes the object and rejects the row once the URL expired and the grace passed', async () => {
    const abandoned = await ticket(SPECIMEN, 'abandoned.png', 100);
    const fresh = await ticket(SPECIMEN, 'fresh.png', 100);
    expect(await put(abandoned.url, randomBytes(100))).toBe(200);
    expect(await put(fresh.url, randomBytes(100))).toBe(200);
    // as if the URL had expired two hours ago
    await api.db.upload.update({
      where: { id: abandoned.uploadId },
      data: { expiresAt: new Date(Date.now() - 2 * 3600_000) },
    });

    const result = await sweepAbandonedUploads(api.db, api.services.store, 3600);

    expect(result.swept).toBeGreaterThanOrEqual(1);
    const row = await api.db.upload.findUniqueOrThrow({ where: { id: abandoned.uploadId } });
    expect(row).toMatchObject({ status: 'REJECTED', error: expect.stringMatching(/never completed/) });
    expect(await api.services.store.stat(row.objectKey)).toBeNull();
    const completed = await gql(api.url, COMPLETE, { u: abandoned.uploadId }, admin.token);
    expect(completed.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const untouched = await api.db.upload.findUniqueOrThrow({ where: { id: fresh.uploadId } });
    expect(untouched.status).toBe('PENDING');
    expect(await api.services.store.stat(untouched.objectKey)).not.toBeNull();
  });
});
