import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followJob } from './support/follow-job';
import { createSignedInUser, gql, startTestApi, type TestApi, type TestUser } from './support/test-api';

let api: TestApi;
let admin: TestUser;
let curator: TestUser;

type Job = {
  id: string;
  status: string;
  totalRows: number;
  doneRows: number;
  importedRows: number;
  layout: string;
  rowErrors: { line: number; reason: string }[];
};
const JOB_FIELDS = 'id status totalRows doneRows importedRows layout rowErrors{line reason}';

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

async function folder(seed: string, specimens: number): Promise<string> {
  const root = process.env.HEP2_TEST_SCRATCH ?? tmpdir();
  const dir = await mkdtemp(path.join(root, 'api-import-'));
  await writeDatasetFolder(
    dir,
    { seed, specimens, width: 420, height: 400, cellCount: 10 },
    { layout: 'seed-csv' },
  );
  return dir;
}

/** Follows a job over graphql-ws until it ends; returns every state seen. */
function follow(jobId: string): Promise<Job[]> {
  return followJob<Job>(api, curator.token, 'importProgress', jobId, JOB_FIELDS);
}

beforeAll(async () => {
  api = await startTestApi();
  [admin, curator] = await Promise.all([
    createSignedInUser(api, 'ADMIN'),
    createSignedInUser(api, 'CURATOR'),
  ]);
});
afterAll(() => api?.stop());

describe('startImport', () => {
  it('answers at once and imports in the background with live progress', async () => {
    const id = await dataset('bg-import');
    const dir = await folder('bg', 5);
    const started = await gql<{ startImport: Job }>(
      api.url,
      `mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p){${JOB_FIELDS}}}`,
      { d: id, p: dir },
      admin.token,
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.startImport.status).toBe('PENDING');
    const states = await follow(started.data!.startImport.id);
    const last = states.at(-1)!;
    expect(last).toMatchObject({
      status: 'SUCCEEDED',
      totalRows: 5,
      doneRows: 5,
      importedRows: 5,
      layout: 'seed-csv',
    });
    const jobs = await gql<{ importJobs: Job[] }>(
      api.url,
      `query($d:ID!){importJobs(datasetId:$d){${JOB_FIELDS}}}`,
      { d: id },
      curator.token,
    );
    expect(jobs.data!.importJobs.map((j) => j.status)).toEqual(['SUCCEEDED']);
    expect(await api.db.patch.count({ where: { datasetId: id } })).toBe(5 * 4);
    const audit = await api.db.auditLog.findMany({
      where: { entityId: last.id },
      select: { action: true },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['import.start', 'import.finish']);
  });

  it('reports bad rows with their lines; all-or-nothing imports nothing', async () => {
    const id = await dataset('bg-bad');
    const dir = await folder('bgbad', 3);
    const { writeFile, readFile } = await import('node:fs/promises');
    const manifest = path.join(dir, 'dataset.csv');
    const lines = (await readFile(manifest, 'utf8')).split('\n');
    lines[1] = (lines[1] ?? '').replace(/^images\//, 'images/missing-');
    await writeFile(manifest, lines.join('\n'));
    const started = await gql<{ startImport: Job }>(
      api.url,
      `mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p,layout:SEED_CSV){${JOB_FIELDS}}}`,
      { d: id, p: dir },
      admin.token,
    );
    const last = (await follow(started.data!.startImport.id)).at(-1)!;
    expect(last.status).toBe('FAILED');
    expect(last.rowErrors.map((e) => e.line)).toEqual([2]);
    expect(last.rowErrors[0]?.reason).toMatch(/file not found/);
    expect(await api.db.specimen.count({ where: { datasetId: id } })).toBe(0);
  });

  it('refuses a path that is not a folder, and non-admins', async () => {
    const id = await dataset('bg-refuse');
    const MUT = 'mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p){id}}';
    const missing = await gql(api.url, MUT, { d: id, p: '/definitely/not/here' }, admin.token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const forbidden = await gql(api.url, MUT, { d: id, p: '/tmp' }, curator.token);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
