import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDatasetFolder } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import { hep2Cli } from '../../../test/support/cli-process';
import { type CliIo, CliUsageError } from '../src/cli/cli-args';
import { COMMANDS } from '../src/cli/commands';
import { readZip } from '../src/exports/read-zip';
import { scratchDir } from './support/catalog-env';

/** Runs the hep2 CLI as a user would, against the test's Postgres and S3 (a configured deployment). */
const hep2 = (args: string[]) =>
  // Never the developer's `npm start` nor services of its own: the test's.
  hep2Cli(args, { ...process.env, EMBEDDED_PG_PORT: '1', EMBEDDED_S3_PORT: '2' });

/** A command run in this process, as the CLI runs it, with its output kept and no connection allowed. */
async function runInProcess(name: string, args: string[]) {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new Error(`no command ${name}`);
  const lines: string[] = [];
  const io: CliIo = {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    progress: () => {},
    platform: () => Promise.reject(new Error('connected to the platform')),
  };
  return command.run(args, io).then(
    (code) => ({ code, error: null as Error | null, out: lines.join('\n') }),
    (error: Error) => ({ code: null, error, out: lines.join('\n') }),
  );
}

describe('hep2 CLI exit status', () => {
  // Each process start costs seconds on a loaded 2-core machine: the exit-code mapping is proven
  // on real processes, the per-command help and usage checks run the same commands in-process.
  it('usage: no command and unknown commands 2, help 0, a usage error 2, before connecting', async () => {
    const [none, unknown, help, importHelp, usage] = await Promise.all([
      hep2([]),
      hep2(['frobnicate']),
      hep2(['help']),
      hep2(['import', '--help']),
      hep2(['export', '--bogus']),
    ]);
    expect(none.code).toBe(2);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toContain(`  ${c.name}`);
    expect(importHelp.code).toBe(0);
    expect(importHelp.stdout).toContain('hep2 import:');
    expect(importHelp.stdout).toContain('--labels L');
    expect(importHelp.stdout).toContain('--patch-size N');
    expect(usage.code, usage.stderr).toBe(2);
    expect(usage.stderr).toMatch(/^error: /);
    expect(usage.stderr).not.toContain('using ');
  });

  it('every command has --help, and usage errors are refused before connecting', async () => {
    for (const name of ['generate', 'import', 'export', 'folds', 'datasets', 'upload']) {
      const help = await runInProcess(name, ['--help']);
      expect(help.code, name).toBe(0);
      expect(help.out, name).toContain(`hep2 ${name}:`);
    }
    const refusals: [string, string[], string][] = [
      ['import', ['--dir', '.'], '--dataset is required'],
      [
        'import',
        ['--dataset', 'x', '--dir', '.', '--labels', 'trusted'],
        '--labels must be one of weak, curated',
      ],
      [
        'import',
        ['--dataset', 'x', '--dir', '.', '--create', '--taxonomy', 'nope'],
        '--taxonomy must be one of seed, i3a, snphep2 or a .json file',
      ],
      ['import', ['--dataset', 'x', '--dir', '.', '--patch-size', '80'], '--patch-size needs --create'],
      ['import', ['--dataset', 'x', '--dir', '.', '--create', '--stride', 'wide'], '--stride'],
      ['export', ['--bogus'], 'bogus'],
      ['export', ['--dataset', 'x', '--format', 'coco'], 'give one of --archive FILE.zip or --out DIR'],
    ];
    for (const [name, args, message] of refusals) {
      const r = await runInProcess(name, args);
      expect(r.error, `${name} ${args.join(' ')}`).toBeInstanceOf(CliUsageError);
      expect(r.error?.message).toContain(message);
    }
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
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`created dataset ${slug}: i3a taxonomy, patches 128 px, stride 84x109`);
    expect(ok.stdout).toMatch(/SUCCEEDED: 2 imported/);
    expect(ok.stdout).toMatch(/curated labels: \d+ patch\(es\) approved/);
    expect(ok.stderr).not.toContain('hint:');

    const show = await hep2(['datasets', '--dataset', slug]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('nuclear_membrane');
    expect(show.stdout).toContain('128 px');

    // The curated labels leave as one zip, with the snapshot they were read from.
    const archive = path.join(await scratchDir('cli-export'), 'labels.zip');
    const exported = await hep2(['export', '--dataset', slug, '--format', 'coco', '--archive', archive]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/coco \(patch level, approved only\): (\d+) item\(s\), \1 labelled/);
    expect(exported.stdout).toMatch(/snapshot: \d+ approved label\(s\), newest approved .*, no active model/);
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
    expect(failed.code, failed.stdout + failed.stderr).toBe(1);
    expect(failed.stdout).toContain('FAILED');

    const weakDir = await scratchDir('cli-weak');
    await writeDatasetFolder(
      weakDir,
      { seed: 'cli-weak', specimens: 1, width: 120, height: 120, cellCount: 2, patterns: ['golgi'] },
      { layout: 'header-csv' },
    );
    const weak = await hep2(['import', '--dataset', slug, '--dir', weakDir]);
    expect(weak.code, weak.stderr).toBe(0);
    expect(weak.stderr).toContain('hint: 1 labelled row(s) were imported as weak labels');
    expect(weak.stderr).toContain('--labels curated');
  });
});
