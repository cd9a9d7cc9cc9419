import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { objectKeys } from '@hep2/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let admin: TestUser;
let curator: TestUser;
let scratch: string;

type Job = { id: string; status: string; totalRows: number; importedRows: number; error: string | null };
type Ticket = { uploadId: string; url: string; method: string; maxBytes: number };

const REQUEST = `mutation($d:ID!,$f:String!,$s:Float!){requestArchiveUpload(datasetId:$d,filename:$f,size:$s){
  uploadId url method maxBytes}}`;
const START = `mutation($d:ID!,$u:ID!,$l:ImportLabels){startArchiveImport(datasetId:$d,uploadId:$u,labels:$l){
  id status totalRows importedRows error}}`;
const UNPACKED_CAP = 20_000_000;

const tempRoot = () => process.env.HEP2_TEST_SCRATCH ?? tmpdir();

async function dataset(label: string): Promise<string> {
  const result = await gql<{ createDataset: { id: string } }>(
    api.url,
    'mutation($s:String!,$n:String!){createDataset(slug:$s,name:$n){id}}',
    { s: `${label}-${Math.random().toString(36).slice(2, 10)}`, n: label },
    admin.token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createDataset.id;
}

/** Zips `entries` (name -> bytes, or options for odd entries) in memory. */
function zip(entries: { name: string; bytes: Buffer; mode?: number }[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(e.bytes, e.name, e.mode ? { mode: e.mode } : {});
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

/** A generated seed-csv dataset, zipped inside a top-level folder as an archiver would. */
async function datasetZip(seed: string, specimens: number): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tempRoot(), 'api-archive-src-'));
  await writeDatasetFolder(
    dir,
    { seed, specimens, width: 420, height: 400, cellCount: 10 },
    { layout: 'seed-csv' },
  );
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const entries = await Promise.all(
    files.map(async (f) => {
      const full = path.join(f.parentPath, f.name);
      return {
        name: `my-set/${path.relative(dir, full).split(path.sep).join('/')}`,
        bytes: await readFile(full),
      };
    }),
  );
  return zip(entries);
}

async function upload(datasetId: string, bytes: Buffer): Promise<string> {
  const ticket = await gql<{ requestArchiveUpload: Ticket }>(
    api.url,
    REQUEST,
    { d: datasetId, f: 'set.zip', s: bytes.byteLength },
    admin.token,
  );
  expect(ticket.errors).toBeUndefined();
  const { url, uploadId } = ticket.data!.requestArchiveUpload;
  const response = await fetch(url, { method: 'PUT', body: bytes });
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return uploadId;
}

async function importArchive(datasetId: string, bytes: Buffer): Promise<{ job: Job; uploadId: string }> {
  const uploadId = await upload(datasetId, bytes);
  const started = await gql<{ startArchiveImport: Job }>(
    api.url,
    START,
    { d: datasetId, u: uploadId, l: 'CURATED' },
    admin.token,
  );
  expect(started.errors).toBeUndefined();
  const id = started.data!.startArchiveImport.id;
  for (let i = 0; i < 300; i++) {
    const r = await gql<{ importJob: Job }>(
      api.url,
      'query($id:ID!){importJob(id:$id){id status totalRows importedRows error}}',
      { id },
      curator.token,
    );
    const job = r.data!.importJob;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return { job, uploadId };
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`import ${id} did not finish`);
}

async function expectNothingLeft(datasetId: string, uploadId: string) {
  expect(await api.db.specimen.count({ where: { datasetId } })).toBe(0);
  // The archive is removed just after the job is recorded final: poll, the job's status can come first.
  await expect.poll(() => api.services.store.stat(objectKeys.archiveUpload(datasetId, uploadId))).toBeNull();
  expect(await readdir(scratch)).toEqual([]);
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tempRoot(), 'api-archive-scratch-'));
  api = await startTestApi({
    MAX_ARCHIVE_BYTES: '10000000',
    MAX_ARCHIVE_UNPACKED_BYTES: String(UNPACKED_CAP),
    IMPORT_SCRATCH_DIR: scratch,
  });
  [admin, curator] = await Promise.all([
    createSignedInUser(api, 'ADMIN'),
    createSignedInUser(api, 'CURATOR'),
  ]);
});
afterAll(() => api?.stop());

describe('archive import', () => {
  it('imports an uploaded .zip (dataset in a top-level folder) with the durable import job', async () => {
    const datasetId = await dataset('archive-ok');
    const { job, uploadId } = await importArchive(datasetId, await datasetZip('arch', 3));
    expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 3, importedRows: 3, error: null });
    const specimens = await api.db.specimen.findMany({ where: { datasetId }, select: { externalId: true } });
    expect(specimens).toHaveLength(3);
    // Curated labels travel with the archive import like with a folder import.
    expect(
      await api.db.annotation.count({ where: { patch: { datasetId }, source: 'IMPORT' } }),
    ).toBeGreaterThan(0);
    // The archive is removed just after the job is recorded final: poll, the job's status can come first.
    await expect
      .poll(() => api.services.store.stat(objectKeys.archiveUpload(datasetId, uploadId)))
      .toBeNull();
    expect(await readdir(scratch)).toEqual([]);
  });

  it('refuses an entry that points outside the archive, and leaves nothing behind', async () => {
    const datasetId = await dataset('archive-evil');
    // yazl will not write "..": write "aa/evil.png" and patch the name (same length; CRCs cover data only).
    const crafted = await zip([{ name: 'aa/evil.png', bytes: Buffer.from('not an image') }]);
    const patched = Buffer.from(
      crafted.toString('latin1').replaceAll('aa/evil.png', '../evil.png'),
      'latin1',
    );
    const { job, uploadId } = await importArchive(datasetId, patched);
    expect(job.status).toBe('FAILED');
    expect(job.error).toMatch(/outside/);
    await expectNothingLeft(datasetId, uploadId);
  });

  it('refuses a symbolic link', async () => {
    const datasetId = await dataset('archive-link');
    const bytes = await zip([{ name: 'dataset.csv', bytes: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    const { job, uploadId } = await importArchive(datasetId, bytes);
    expect(job.status).toBe('FAILED');
    expect(job.error).toMatch(/symbolic link/);
    await expectNothingLeft(datasetId, uploadId);
  });

  it('refuses a zip bomb (unpacked size over the cap) before writing anything', async () => {
    const datasetId = await dataset('archive-bomb');
    const bytes = await zip([{ name: 'zeros.png', bytes: Buffer.alloc(UNPACKED_CAP + 1) }]);
    expect(bytes.byteLength).toBeLessThan(1_000_000);
    const { job, uploadId } = await importArchive(datasetId, bytes);
    expect(job.status).toBe('FAILED');
    expect(job.error).toMatch(/MAX_ARCHIVE_UNPACKED_BYTES/);
    await expectNothingLeft(datasetId, uploadId);
  });

  it('refuses an archive over MAX_ARCHIVE_BYTES up front, and is for admins only', async () => {
    const datasetId = await dataset('archive-limits');
    const big = await gql(api.url, REQUEST, { d: datasetId, f: 'set.zip', s: 10_000_001 }, admin.token);
    expect(big.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(big.errors?.[0]?.message).toMatch(/MAX_ARCHIVE_BYTES/);
    const curatorTry = await gql(api.url, REQUEST, { d: datasetId, f: 'set.zip', s: 100 }, curator.token);
    expect(curatorTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notZip = await gql(api.url, REQUEST, { d: datasetId, f: 'set.tar', s: 100 }, admin.token);
    expect(notZip.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
