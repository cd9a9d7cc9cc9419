/**
 * `hep2 upload`: the CLI imports a folder or a .zip into a deployment through its API alone (no
 * database or store credentials), as a lab does from a workstation.
 */
import { appendFile, mkdtemp, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipFolder } from '../../../packages/catalog/src/cli/remote/zip-folder';
import { hep2Cli } from '../../../test/support/cli-process';
import { createSignedInUser, startTestApi, type TestApi, type TestUser } from './support/test-api';

const tempRoot = () => process.env.HEP2_TEST_SCRATCH ?? tmpdir();

let api: TestApi;
let admin: TestUser;
let curator: TestUser;

/** Runs `hep2 upload` as a child process; the token travels in the environment, as the help advises. */
const upload = (args: string[], token = admin.token) =>
  // No DATABASE_URL / S3_*: the command must need nothing but the API.
  hep2Cli(['upload', '--api-url', api.base, ...args], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HEP2_API_TOKEN: token,
  });

async function generatedFolder(seed: string, specimens: number): Promise<string> {
  const dir = await mkdtemp(path.join(tempRoot(), 'cli-upload-src-'));
  await writeDatasetFolder(
    dir,
    { seed, specimens, width: 420, height: 400, cellCount: 10 },
    { layout: 'seed-csv' },
  );
  return dir;
}

const slugOf = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

beforeAll(async () => {
  api = await startTestApi();
  [admin, curator] = await Promise.all([
    createSignedInUser(api, 'ADMIN'),
    createSignedInUser(api, 'CURATOR'),
  ]);
});
afterAll(() => api?.stop());

describe('hep2 upload', () => {
  it('creates the dataset, zips the folder (following links), uploads and imports it as curated', async () => {
    const dir = await generatedFolder('cli-up', 3);
    // A linked image folder is followed, as `hep2 import` follows links.
    const linked = await mkdtemp(path.join(tempRoot(), 'cli-upload-link-'));
    const images = path.join(dir, 'images');
    const moved = path.join(linked, 'images');
    await rename(images, moved);
    await symlink(moved, images);
    const slug = slugOf('cli-up');

    const result = await upload([
      '--dataset',
      slug,
      '--create',
      '--patch-size',
      '256',
      '--dir',
      dir,
      '--labels',
      'curated',
    ]);

    expect(result.stderr).not.toMatch(/error:/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/created dataset/);
    expect(result.stdout).toMatch(/zipped \d+ files/);
    expect(result.stdout).toMatch(/SUCCEEDED: 3 imported, 0 bad row\(s\) of 3 .*labels curated/);
    const dataset = await api.db.dataset.findUniqueOrThrow({ where: { slug } });
    expect(dataset.patchSize).toBe(256);
    expect(await api.db.specimen.count({ where: { datasetId: dataset.id } })).toBe(3);
    const patches = await api.db.patch.count({ where: { datasetId: dataset.id } });
    expect(patches).toBeGreaterThan(0);
    expect(await api.db.patch.count({ where: { datasetId: dataset.id, status: 'APPROVED' } })).toBe(patches);
  });

  it('uploads a ready .zip into an existing dataset, and reports bad rows with exit 1', async () => {
    const dir = await generatedFolder('cli-up-bad', 2);
    const manifest = (await readdir(dir)).find((f) => f.endsWith('.csv'))!;
    await appendFile(path.join(dir, manifest), 'images/missing.png,masks/missing.png,homogeneous,positive\n');
    const created = await upload(['--dataset', slugOf('cli-bad'), '--create', '--dir', dir]);
    expect(created.code).toBe(1);
    expect(created.stderr).toMatch(/line 3: .*missing\.png/);
    expect(created.stdout).toMatch(/FAILED: 0 imported, 1 bad row\(s\) of 3/);

    // --partial: the good rows go in; the bad one is still reported.
    const zipDir = await mkdtemp(path.join(tempRoot(), 'cli-upload-zip-'));
    const archive = path.join(zipDir, 'set.zip');
    await zipFolder(dir, archive);
    expect((await readFile(archive)).subarray(0, 2).toString()).toBe('PK');
    const slug = slugOf('cli-partial');
    expect((await upload(['--dataset', slug, '--create', '--archive', archive, '--no-wait'])).code).toBe(0);
    const partial = await upload(['--dataset', slug, '--archive', archive, '--partial']);
    expect(partial.code).toBe(0);
    expect(partial.stderr).toMatch(/line 3: /);
    expect(partial.stdout).toMatch(/SUCCEEDED: /);
  });

  it('sends the scan options: grouping, a fold table inside the archive, the validation fold', async () => {
    const dir = await generatedFolder('cli-up-opts', 3);
    const manifest = (await readdir(dir)).find((f) => f.endsWith('.csv'))!;
    const images = (await readFile(path.join(dir, manifest), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split(',')[0]);
    // Fold B for the first image, A for the others: only the first becomes validation.
    await writeFile(
      path.join(dir, 'folds.csv'),
      `image,fold\n${images.map((image, i) => `${image},${i === 0 ? 'B' : 'A'}`).join('\n')}\n`,
    );
    const slug = slugOf('cli-opts');
    const result = await upload([
      '--dataset',
      slug,
      '--create',
      '--dir',
      dir,
      '--group-by',
      'file',
      '--folds-file',
      'folds.csv',
      '--validation-fold',
      'B',
    ]);
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/specimens: 3 group\(s\) by file/);
    const dataset = await api.db.dataset.findUniqueOrThrow({ where: { slug } });
    const specimens = await api.db.specimen.findMany({
      where: { datasetId: dataset.id },
      select: { fold: true, isValidation: true },
    });
    expect(specimens.map((s) => [s.fold, s.isValidation]).sort()).toEqual([
      [0, false],
      [0, false],
      [1, true],
    ]);
    const job = await api.db.importJob.findFirstOrThrow({ where: { datasetId: dataset.id } });
    expect(job.options).toEqual({ groupBy: 'file', foldsFile: 'folds.csv', validationFold: 1 });

    // A fold table outside the archive is refused by the API; a bad grouping by the CLI itself.
    const outside = await upload(['--dataset', slug, '--dir', dir, '--folds-file', '../etc/passwd']);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/options\.foldsFile: .*VALIDATION_FAILED/);
    const badGroup = await upload(['--dataset', slug, '--dir', dir, '--group-by', 'pattern:(']);
    expect(badGroup.code).toBe(2);
  });

  it('exits 2 on usage errors and 1 when the API refuses', async () => {
    const dir = await generatedFolder('cli-up-refused', 1);
    const missing = await upload(['--dataset', slugOf('nope'), '--dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist \(add --create/);

    const both = await upload(['--dataset', 'x', '--dir', dir, '--archive', dir]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/exactly one of --dir and --archive/);

    const badToken = await upload(['--dataset', slugOf('t'), '--create', '--dir', dir], 'not-a-token');
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toMatch(/UNAUTHENTICATED/);

    const notAdmin = await upload(['--dataset', slugOf('c'), '--create', '--dir', dir], curator.token);
    expect(notAdmin.code).toBe(1);
    expect(notAdmin.stderr).toMatch(/FORBIDDEN/);
  });
});
