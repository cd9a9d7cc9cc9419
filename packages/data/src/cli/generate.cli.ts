import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeDatasetFolder } from '../generator/dataset-writer';
import { IMPORT_LAYOUTS, type ImportLayout } from '../manifest/manifest-types';
import { type PatternClass, parsePatternLabel } from '../taxonomy/label-taxonomy';

const HELP = `Generate a synthetic HEp-2 dataset in the import layouts.

Usage: tsx packages/data/src/cli/generate.cli.ts --out DIR [options]

  --out DIR             output folder (required)
  --specimens N         number of specimens (default 20)
  --seed S              seed; same seed, same bytes (default 1)
  --layout L            seed-csv | header-csv | cells | all (default all: one subfolder per layout)
  --bit-depth 8|16      sample depth of the images (default 8)
  --format png|tiff     image file format (default png; tiff is LZW-compressed)
  --width W --height H  image size (default 1388x1040)
  --cells N             cells per image (default ~125 per 1388x1040, scaled by area)
  --patterns a,b,...    classes to use (default all eight, negative included)
  --folds K             folds in the header layout (default 5)
  -h, --help            this text
`;

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n\n${HELP}`);
  process.exit(2);
}

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      specimens: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      layout: { type: 'string', default: 'all' },
      'bit-depth': { type: 'string', default: '8' },
      format: { type: 'string', default: 'png' },
      width: { type: 'string' },
      height: { type: 'string' },
      cells: { type: 'string' },
      patterns: { type: 'string' },
      folds: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!values.out) fail('--out is required');
  const layouts: ImportLayout[] =
    values.layout === 'all' ? [...IMPORT_LAYOUTS] : IMPORT_LAYOUTS.filter((l) => l === values.layout);
  if (layouts.length === 0)
    fail(`--layout must be one of ${IMPORT_LAYOUTS.join(', ')}, all; got "${values.layout}"`);
  const bitDepth =
    values['bit-depth'] === '16' ? 16 : values['bit-depth'] === '8' ? 8 : fail('--bit-depth must be 8 or 16');
  const format =
    values.format === 'png' || values.format === 'tiff'
      ? values.format
      : fail('--format must be png or tiff');
  const patterns = values.patterns
    ?.split(',')
    .map((p): PatternClass => parsePatternLabel(p) ?? fail(`unknown pattern "${p}"`));
  const seedText = values.seed ?? '1';
  const seed = /^\d+$/.test(seedText) ? Number(seedText) : seedText;
  const started = performance.now();
  for (const layout of layouts) {
    const dir = values.layout === 'all' ? path.join(values.out, layout) : values.out;
    const result = await writeDatasetFolder(
      dir,
      {
        seed,
        specimens: int('specimens', values.specimens) ?? 20,
        patterns,
        bitDepth,
        width: int('width', values.width),
        height: int('height', values.height),
        cellCount: int('cells', values.cells),
      },
      {
        layout,
        format,
        folds: int('folds', values.folds),
        onProgress: (p) => {
          const line = `[${layout}] ${p.done}/${p.total} ${p.specimenId}`;
          if (process.stdout.isTTY) process.stdout.write(`\r${line}   `);
          else if (p.done === p.total || p.done % 10 === 0) process.stdout.write(`${line}\n`);
        },
      },
    );
    process.stdout.write(`${process.stdout.isTTY ? '\n' : ''}[${layout}] wrote ${dir}/${result.manifest}\n`);
  }
  process.stdout.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
