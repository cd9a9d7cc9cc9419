import path from 'node:path';
import { EXPORT_FORMATS, exportDataset } from '../../exports/export-dataset';
import { writeExportToFolder } from '../../exports/export-output';
import { CliUsageError, type Command, oneOf, parse, required } from '../cli-args';

const HELP = `hep2 export: write a dataset's labels, images and masks to a folder.

Usage: npm run hep2 -- export --dataset SLUG --out DIR --format F [options]

  --dataset SLUG       dataset (required)
  --out DIR            output folder (required)
  --format F           seed-csv    the seed layout: dataset.csv (image, mask, pattern, intensity) + PNG masks
                       header-csv  manifest.csv with specimen and fold columns + PNG masks
                       coco        annotations.json (RLE masks, pattern/intensity attributes) + images
                       specimen-csv  one row per specimen
                       folds       folds.csv (specimen, fold, pattern, intensity)
  --all                everything with its status (statuses.csv); default: approved labels only
  --level L            patch (default: patches with their annotations) | specimen (original images,
                       imported masks and specimen labels: re-importable as a dataset)
  -h, --help           this text
`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a dataset to a folder',
  help: HELP,
  needsPlatform: true,
  run: async (argv, io) => {
    const v = parse(argv, {
      dataset: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      all: { type: 'boolean' },
      level: { type: 'string' },
    });
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    const slug = required('dataset', v.dataset);
    const out = path.resolve(required('out', v.out));
    const format = oneOf('format', required('format', v.format), EXPORT_FORMATS)!;
    const level = oneOf('level', v.level, ['patch', 'specimen'] as const);
    const { db, store } = await io.platform();
    const dataset = await db.dataset.findUnique({ where: { slug }, select: { id: true } });
    if (!dataset) throw new CliUsageError(`dataset "${slug}" does not exist`);
    const result = await exportDataset(db, store, {
      datasetId: dataset.id,
      format,
      approvedOnly: !v.all,
      level,
    });
    await writeExportToFolder(out, result.files, (done, total, name) =>
      io.progress(`writing ${done}/${total} ${name}`),
    );
    for (const w of result.warnings) io.err(w);
    io.out(
      `${format} (${result.level} level, ${result.approvedOnly ? 'approved only' : 'all with status'}): ` +
        `${result.items} item(s), ${result.files.length} file(s) in ${out}`,
    );
    return 0;
  },
};
