import path from 'node:path';
import { IMPORT_LAYOUTS, type PatternClass, parsePatternLabel, writeDatasetFolder } from '@hep2/data';
import { CliUsageError, type Command, int, oneOf, parse, required } from '../cli-args';

const HELP = `hep2 generate: write a synthetic HEp-2 dataset in an import layout (no database needed).

Usage: npm run hep2 -- generate --out DIR [options]

  --out DIR             output folder (required)
  --specimens N         number of specimens (default 20)
  --seed S              seed; same seed, same bytes (default 1)
  --layout L            seed-csv | header-csv | cells | all (default header-csv; all: one subfolder each)
  --bit-depth 8|16      sample depth (default 8)
  --format png|tiff     image files (default png; tiff is LZW)
  --width W --height H  image size (default 1388x1040)
  --cells N             cells per image (default ~125 per 1388x1040)
  --patterns a,b,...    classes to draw (default all eight)
  --folds K             folds written to the header layout (default 5)
  -h, --help            this text
`;

export const generateCommand: Command = {
  name: 'generate',
  summary: 'write a synthetic dataset folder',
  help: HELP,
  needsPlatform: false,
  run: async (argv, io) => {
    const v = parse(argv, {
      out: { type: 'string' },
      specimens: { type: 'string' },
      seed: { type: 'string' },
      layout: { type: 'string' },
      'bit-depth': { type: 'string' },
      format: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      cells: { type: 'string' },
      patterns: { type: 'string' },
      folds: { type: 'string' },
    });
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    const out = required('out', v.out);
    const layoutArg = v.layout ?? 'header-csv';
    const layouts = layoutArg === 'all' ? [...IMPORT_LAYOUTS] : [oneOf('layout', layoutArg, IMPORT_LAYOUTS)!];
    const bitDepth = oneOf('bit-depth', v['bit-depth'] ?? '8', ['8', '16'] as const) === '16' ? 16 : 8;
    const format = oneOf('format', v.format ?? 'png', ['png', 'tiff'] as const);
    const patterns = v.patterns?.split(',').map((p): PatternClass => {
      const parsed = parsePatternLabel(p);
      if (!parsed) throw new CliUsageError(`unknown pattern "${p}"`);
      return parsed;
    });
    const seedText = v.seed ?? '1';
    const seed = /^\d+$/.test(seedText) ? Number(seedText) : seedText;
    for (const layout of layouts) {
      const dir = layoutArg === 'all' ? path.join(out, layout) : out;
      const started = performance.now();
      const result = await writeDatasetFolder(
        dir,
        {
          seed,
          specimens: int('specimens', v.specimens) ?? 20,
          width: int('width', v.width),
          height: int('height', v.height),
          bitDepth,
          cellCount: int('cells', v.cells),
          patterns,
        },
        {
          layout,
          format,
          folds: int('folds', v.folds) ?? 5,
          onProgress: (p) => io.progress(`generate ${layout}: ${p.done}/${p.total} ${p.specimenId}`),
        },
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.out(`${layout}: ${result.specimens.length} specimens in ${dir} (${result.manifest}, ${seconds} s)`);
    }
    return 0;
  },
};
