import { encodePng, generateDataset } from '@hep2/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let admin: TestUser;
let curator: TestUser;
let annotator: TestUser;
let datasetId: string;

const CREATE = `mutation($slug:String!,$name:String!){createDataset(slug:$slug,name:$name){
  id version patternClasses{key label shortcut} intensityLevels{key rank}}}`;
const REQUEST = `mutation($d:ID!,$f:String!,$s:Int!){requestSpecimenUpload(datasetId:$d,filename:$f,size:$s){
  uploadId url method maxBytes}}`;
const COMPLETE = `mutation($u:ID!,$p:String,$i:String){completeSpecimenUpload(uploadId:$u,pattern:$p,intensity:$i){
  id externalId source width height imageUrl patternClass{key} intensityLevel{key} patches{id padded imageUrl}}}`;

type Ticket = { uploadId: string; url: string; method: string; maxBytes: number };

async function ticket(filename: string, size: number, token = curator.token) {
  return gql<{ requestSpecimenUpload: Ticket }>(
    api.url,
    REQUEST,
    { d: datasetId, f: filename, s: size },
    token,
  );
}

async function put(url: string, bytes: Uint8Array): Promise<number> {
  const response = await fetch(url, { method: 'PUT', body: bytes });
  await response.arrayBuffer();
  return response.status;
}

function specimenPng(seed: string, width: number, height: number): Promise<Buffer> {
  const [s] = generateDataset({ seed, specimens: 1, width, height, cellCount: 8, patterns: ['centromere'] });
  return encodePng(s!.image);
}

beforeAll(async () => {
  api = await startTestApi({ MAX_UPLOAD_BYTES: '1000000', MAX_IMAGE_PIXELS: '250000' });
  [admin, curator, annotator] = await Promise.all([
    createSignedInUser(api, 'ADMIN'),
    createSignedInUser(api, 'CURATOR'),
    createSignedInUser(api, 'ANNOTATOR'),
  ]);
  const slug = `uploads-${admin.id.slice(0, 8)}`;
  const created = await gql<{ createDataset: { id: string; patternClasses: { key: string }[] } }>(
    api.url,
    CREATE,
    { slug, name: 'Uploads' },
    admin.token,
  );
  expect(created.errors).toBeUndefined();
  datasetId = created.data!.createDataset.id;
});
afterAll(() => api?.stop());

describe('createDataset', () => {
  it('has the reference taxonomy with ICAP codes and number shortcuts', async () => {
    const result = await gql<{
      dataset: {
        patternClasses: { key: string; label: string; shortcut: string }[];
        intensityLevels: { key: string }[];
      };
    }>(
      api.url,
      'query($id:ID!){dataset(id:$id){patternClasses{key label shortcut} intensityLevels{key}}}',
      { id: datasetId },
      curator.token,
    );
    const classes = result.data!.dataset.patternClasses;
    expect(classes).toHaveLength(8);
    expect(classes[3]).toEqual({ key: 'centromere', label: 'Centromere (AC-3)', shortcut: '4' });
    expect(result.data!.dataset.intensityLevels.map((l) => l.key)).toEqual(['intermediate', 'positive']);
  });

  it('is for admins only', async () => {
    const result = await gql(api.url, CREATE, { slug: 'nope-ds', name: 'x' }, curator.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('updates settings with an optimistic version', async () => {
    const UPDATE = `mutation($id:ID!,$v:Int!,$n:String){updateDatasetSettings(id:$id,expectedVersion:$v,name:$n){name version}}`;
    const ok = await gql<{ updateDatasetSettings: { version: number } }>(
      api.url,
      UPDATE,
      { id: datasetId, v: 1, n: 'Uploads v2' },
      admin.token,
    );
    expect(ok.data?.updateDatasetSettings).toEqual({ name: 'Uploads v2', version: 2 });
    const stale = await gql(api.url, UPDATE, { id: datasetId, v: 1, n: 'late' }, admin.token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('STALE_VERSION');
  });
});

describe('presigned specimen uploads', () => {
  it('round trip: PUT the bytes, complete, the specimen and its patches appear', async () => {
    const bytes = await specimenPng('upload-ok', 500, 400);
    const t = await ticket('well-07.png', bytes.length);
    expect(t.errors).toBeUndefined();
    const { uploadId, url, method } = t.data!.requestSpecimenUpload;
    expect(method).toBe('PUT');
    expect(await put(url, bytes)).toBe(200);
    const done = await gql<{
      completeSpecimenUpload: {
        id: string;
        externalId: string;
        source: string;
        imageUrl: string;
        patternClass: { key: string } | null;
        intensityLevel: { key: string } | null;
        patches: { id: string; padded: boolean; imageUrl: string }[];
      };
    }>(api.url, COMPLETE, { u: uploadId, p: 'centromere', i: 'positive' }, curator.token);
    expect(done.errors).toBeUndefined();
    const specimen = done.data!.completeSpecimenUpload;
    expect(specimen).toMatchObject({
      externalId: 'well-07',
      source: 'UPLOAD',
      patternClass: { key: 'centromere' },
      intensityLevel: { key: 'positive' },
    });
    expect(specimen.patches).toHaveLength(4);
    const fetched = Buffer.from(await (await fetch(specimen.imageUrl)).arrayBuffer());
    expect(fetched.equals(bytes)).toBe(true);
    const patchPng = await fetch(specimen.patches[0]!.imageUrl);
    expect(patchPng.headers.get('content-type')).toBe('image/png');
    const upload = await api.db.upload.findUniqueOrThrow({ where: { id: uploadId } });
    expect(upload).toMatchObject({ status: 'ACCEPTED', specimenId: specimen.id });
    expect(await api.services.store.stat(upload.objectKey)).toBeNull();
    const audit = await api.db.auditLog.findFirst({ where: { action: 'upload.accept', entityId: uploadId } });
    expect(audit).not.toBeNull();
  });

  it('refuses a non-image with INVALID_IMAGE and deletes the object', async () => {
    const bytes = Buffer.from('%PDF-1.4 definitely not a specimen image');
    const t = (await ticket('report.pdf', bytes.length)).data!.requestSpecimenUpload;
    expect(await put(t.url, bytes)).toBe(200);
    const done = await gql(api.url, COMPLETE, { u: t.uploadId }, curator.token);
    expect(done.errors?.[0]?.extensions?.code).toBe('INVALID_IMAGE');
    expect(done.errors?.[0]?.message).toMatch(/not a readable image/);
    const upload = await api.db.upload.findUniqueOrThrow({ where: { id: t.uploadId } });
    expect(upload.status).toBe('REJECTED');
    expect(await api.services.store.stat(upload.objectKey)).toBeNull();
    expect(await api.db.specimen.count({ where: { datasetId, externalId: 'report' } })).toBe(0);
  });

  it('refuses oversized files: declared, actually uploaded, and too many pixels', async () => {
    const declared = await ticket('huge.tif', 2_000_000);
    expect(declared.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(declared.errors?.[0]?.message).toMatch(/limit is 1000000 bytes/);

    const bytes = await specimenPng('upload-lie', 300, 200);
    // the declared size is signed into the URL: the store refuses more (uploads-limits.test.ts)
    const lie = (await ticket('small.png', 100)).data!.requestSpecimenUpload;
    expect(await put(lie.url, bytes)).toBe(403);
    const lied = await gql(api.url, COMPLETE, { u: lie.uploadId }, curator.token);
    expect(lied.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const lieRow = await api.db.upload.findUniqueOrThrow({ where: { id: lie.uploadId } });
    expect(await api.services.store.stat(lieRow.objectKey)).toBeNull();

    const big = await specimenPng('upload-big', 600, 500);
    const pixels = (await ticket('big.png', big.length)).data!.requestSpecimenUpload;
    expect(await put(pixels.url, big)).toBe(200);
    const refused = await gql(api.url, COMPLETE, { u: pixels.uploadId }, curator.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(refused.errors?.[0]?.message).toMatch(/600x500 .*above the limit/);
    const row = await api.db.upload.findUniqueOrThrow({ where: { id: pixels.uploadId } });
    expect(row.status).toBe('REJECTED');
    expect(await api.services.store.stat(row.objectKey)).toBeNull();
  });

  it('annotators may not upload', async () => {
    const t = await ticket('x.png', 10, annotator.token);
    expect(t.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
