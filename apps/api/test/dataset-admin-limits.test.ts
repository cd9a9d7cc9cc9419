import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let admin: TestUser;
let importRoot: string;
let datasetId: string;

const CREATE = `mutation($slug:String!,$name:String!,$description:String,$p:Int,$sx:Int,$sy:Int){
  createDataset(slug:$slug,name:$name,description:$description,patchSize:$p,strideX:$sx,strideY:$sy){id version}}`;
const UPDATE = `mutation($id:ID!,$v:Int!,$name:String,$description:String){
  updateDatasetSettings(id:$id,expectedVersion:$v,name:$name,description:$description){id}}`;
const START = 'mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p){id}}';

let slugs = 0;
const slug = () => `limits-${admin.id.slice(0, 8)}-${++slugs}`;

beforeAll(async () => {
  importRoot = await mkdtemp(path.join(process.env.HEP2_TEST_SCRATCH ?? tmpdir(), 'import-root-'));
  // enqueue only: these tests are about which folders may be named, not about importing them
  api = await startTestApi({ IMPORT_ROOT: importRoot, IMPORT_WORKER: 'false' });
  admin = await createSignedInUser(api, 'ADMIN');
  const created = await gql<{ createDataset: { id: string } }>(
    api.url,
    CREATE,
    { slug: slug(), name: 'Limits' },
    admin.token,
  );
  datasetId = created.data!.createDataset.id;
});
afterAll(() => api?.stop());

describe('createDataset bounds', () => {
  it.each([
    ['patchSize 2147483647', { p: 2_147_483_647 }, 'patchSize'],
    ['patchSize 8', { p: 8 }, 'patchSize'],
    ['stride 1 (660,000 patches per image)', { p: 384, sx: 1, sy: 1 }, 'strideX'],
    ['a 1 MB name', { name: 'n'.repeat(1_000_000) }, 'name'],
    ['a 201-character name', { name: 'n'.repeat(201) }, 'name'],
    ['a huge description', { description: 'd'.repeat(100_000) }, 'description'],
  ])('refuses %s with VALIDATION_FAILED naming the field', async (_label, args, field) => {
    const r = await gql(api.url, CREATE, { slug: slug(), name: 'ok', ...args }, admin.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('accepts the edges: 16 and 2048 px, strides of a quarter patch, a 200-character name', async () => {
    for (const args of [{ p: 16 }, { p: 2048, sx: 512, sy: 512 }, { name: 'n'.repeat(200) }]) {
      const r = await gql(api.url, CREATE, { slug: slug(), name: 'ok', ...args }, admin.token);
      expect(r.errors).toBeUndefined();
    }
  });

  it('updateDatasetSettings bounds the name and description the same way', async () => {
    const { version } = await api.db.dataset.findUniqueOrThrow({ where: { id: datasetId } });
    for (const args of [{ name: 'n'.repeat(201) }, { description: 'd'.repeat(100_000) }]) {
      const r = await gql(api.url, UPDATE, { id: datasetId, v: version, ...args }, admin.token);
      expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('startImport only reads inside IMPORT_ROOT', () => {
  const start = (serverPath: string) =>
    gql<{ startImport: { id: string } }>(api.url, START, { d: datasetId, p: serverPath }, admin.token);

  it.each([['/etc'], ['/'], ['../..'], ['sub/../../']])('refuses %s', async (serverPath) => {
    const r = await start(serverPath);
    expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0]?.message).toMatch(/outside the import folder/);
  });

  it('refuses a symlink inside the root that leads out of it', async () => {
    await symlink('/etc', path.join(importRoot, 'escape'));
    const r = await start(path.join(importRoot, 'escape'));
    expect(r.errors?.[0]?.message).toMatch(/outside the import folder/);
    expect(await api.db.importJob.count({ where: { datasetId, source: '/etc' } })).toBe(0);
  });

  it('accepts a folder inside the root, absolute or relative to it', async () => {
    await mkdir(path.join(importRoot, 'lab-set'));
    const absolute = await start(path.join(importRoot, 'lab-set'));
    expect(absolute.errors).toBeUndefined();
    const relative = await start('lab-set');
    expect(relative.errors).toBeUndefined();
    const jobs = await api.db.importJob.findMany({
      where: { id: { in: [absolute.data!.startImport.id, relative.data!.startImport.id] } },
      select: { source: true },
    });
    expect(jobs.map((j) => j.source)).toEqual([jobs[0]?.source, jobs[0]?.source]);
    expect(jobs[0]?.source.endsWith(`${path.sep}lab-set`)).toBe(true);
  });

  it('says when the folder is missing without naming anything outside the root', async () => {
    const r = await start('not-there');
    expect(r.errors?.[0]?.message).toMatch(/not a folder inside/);
  });
});
