import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDatasetFolder } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './support/catalog-env';
import { readZip } from './support/read-zip';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cli = path.join(repoRoot, 'packages/catalog/src/cli/hep2.cli.ts');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the hep2 CLI as a user would, against the test's Postgres and S3 (a configured deployment). */
function hep2(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, ...args], {
      cwd: repoRoot,
      env: {
        ...process.env,
        // Never the developer's `npm start` nor services of its own: the test's.
        EMBEDDED_PG_PORT: '1',
        EMBEDDED_S3_PORT: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('hep2 CLI exit status', () => {
  it('usage: no command and unknown commands 2, help 0, every command has --help', async () => {
    const [none, unknown, help] = await Promise.all([hep2([]), hep2(['frobnicate']), hep2(['help'])]);
    expect(none.code).toBe(2);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect(help.code).toBe(0);
    const commands = ['generate', 'import', 'export', 'folds', 'datasets'];
    const helps = await Promise.all(commands.map((c) => hep2([c, '--help'])));
    helps.forEach((r, i) => {
      expect(r.code, commands[i]).toBe(0);
      expect(r.out, commands[i]).toContain(`hep2 ${commands[i]}:`);
    });
    expect(helps[1]?.out).toContain('--labels L');
    expect(helps[1]?.out).toContain('--patch-size N');
  });

  it('usage errors exit 2 before connecting', async () => {
    const runs = await Promise.all([
      hep2(['import', '--dir', '.']),
      hep2(['import', '--dataset', 'x', '--dir', '.', '--labels', 'trusted']),
      hep2(['import', '--dataset', 'x', '--dir', '.', '--create', '--taxonomy', 'nope']),
      hep2(['import', '--dataset', 'x', '--dir', '.', '--patch-size', '80']),
      hep2(['import', '--dataset', 'x', '--dir', '.', '--create', '--stride', 'wide']),
      hep2(['export', '--bogus']),
      hep2(['export', '--dataset', 'x', '--format', 'coco']),
    ]);
    for (const r of runs) {
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(/^error: /);
    }
    expect(runs[0]?.err).toContain('--dataset is required');
    expect(runs[1]?.err).toContain('--labels must be one of weak, curated');
    expect(runs[2]?.err).toContain('--taxonomy must be one of seed, i3a, snphep2 or a .json file');
    expect(runs[3]?.err).toContain('--patch-size needs --create');
    expect(runs[6]?.err).toContain('give one of --archive FILE.zip or --out DIR');
    // None of them reached the database (no "using ..." line).
    expect(runs.every((r) => !r.err.includes('using '))).toBe(true);
  });

  it('a failed import exits 1, a successful one 0 (curated, i3a, 128 px), with the hint for weak labels', async () => {
    const dir = await scratchDir('cli-ok');
    await writeDatasetFolder(
      dir,
      {
        seed: 'cli',
        specimens: 2,
        width: 200,
        height: 160,
        cellCount: 4,
        patterns: ['golgi', 'homogeneous'],
      },
      { layout: 'header-csv' },
    );
    const slug = `cli-${randomUUID().slice(0, 8)}`;
    const ok = await hep2([
      'import',
      '--dataset',
      slug,
      '--dir',
      dir,
      '--create',
      '--taxonomy',
      'i3a',
      '--patch-size',
      '128',
      '--labels',
      'curated',
    ]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toContain(`created dataset ${slug}: i3a taxonomy, patches 128 px, stride 84x109`);
    expect(ok.out).toMatch(/SUCCEEDED: 2 imported/);
    expect(ok.out).toMatch(/curated labels: \d+ patch\(es\) approved/);
    expect(ok.err).not.toContain('hint:');

    const show = await hep2(['datasets', '--dataset', slug]);
    expect(show.code).toBe(0);
    expect(show.out).toContain('nuclear_membrane');
    expect(show.out).toContain('128 px');

    // The curated labels leave as one zip, with the snapshot they were read from.
    const archive = path.join(await scratchDir('cli-export'), 'labels.zip');
    const exported = await hep2(['export', '--dataset', slug, '--format', 'coco', '--archive', archive]);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toMatch(/coco \(patch level, approved only\): (\d+) item\(s\), \1 labelled/);
    expect(exported.out).toMatch(/snapshot: \d+ approved label\(s\), newest approved .*, no active model/);
    const zip = await readZip(archive);
    expect([...zip.keys()].slice(0, 2)).toEqual(['export.json', 'annotations.json']);
    const coco = JSON.parse(zip.get('annotations.json')!.toString('utf8')) as { images: unknown[] };
    expect(zip.size).toBe(2 + coco.images.length);

    const bad = await scratchDir('cli-bad');
    await writeFile(
      path.join(bad, 'manifest.csv'),
      'image,mask,pattern,intensity\nmissing.png,,golgi,positive\n',
    );
    const failed = await hep2(['import', '--dataset', slug, '--dir', bad]);
    expect(failed.code, failed.out + failed.err).toBe(1);
    expect(failed.out).toContain('FAILED');

    const weakDir = await scratchDir('cli-weak');
    await writeDatasetFolder(
      weakDir,
      { seed: 'cli-weak', specimens: 1, width: 120, height: 120, cellCount: 2, patterns: ['golgi'] },
      { layout: 'header-csv' },
    );
    const weak = await hep2(['import', '--dataset', slug, '--dir', weakDir]);
    expect(weak.code, weak.err).toBe(0);
    expect(weak.err).toContain('hint: 1 labelled row(s) were imported as weak labels');
    expect(weak.err).toContain('--labels curated');
  });
});
