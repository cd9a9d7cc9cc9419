import path from 'node:path';
import { type ExportResult, exportDataset } from '../../exports/export-dataset';
import { EXPORT_FORMATS, EXPORT_WRITERS } from '../../exports/export-formats';
import { writeExportArchiveToFile, writeExportToFolder } from '../../exports/export-output';
import { CliUsageError, type Command, oneOf, parse, required } from '../cli-args';

const formatHelp = EXPORT_FORMATS.map(
  (f) => `                       ${f.padEnd(13)} ${EXPORT_WRITERS[f].description}`,
)
  .join('\n')
  .trimStart();

const HELP = `hep2 export: write a dataset's labels, images and masks to one .zip or a folder.

Usage: npm run hep2 -- export --dataset SLUG --format F (--archive FILE.zip | --out DIR) [options]

  --dataset SLUG       dataset (required)
  --archive FILE.zip   one zip archive, written as it is made (any size: images read one at a time)
  --out DIR            a folder instead, one file at a time
  --format F           ${formatHelp}
  --all                everything with its status (statuses.csv); default: approved labels only
  --level L            patch (default: patches with their annotations) | specimen (original images,
                       imported masks and specimen labels: re-importable as a dataset)
  -h, --help           this text

Every export starts with export.json: the format, the counts, the items left out and the snapshot
it was read from (labels as of one moment, the newest approval, the active model version).
`;

const describeSnapshot = (r: ExportResult) => {
  const s = r.snapshot;
  const model = s.modelVersion ? `model v${s.modelVersion.number}` : 'no active model';
  const newest = s.newestApprovalAt ? `, newest approved ${s.newestApprovalAt.toISOString()}` : '';
  return `${s.approvedLabels} approved label(s)${newest}, ${model}`;
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a dataset to a .zip or a folder',
  help: HELP,
  needsPlatform: true,
  run: async (argv, io) => {
    const v = parse(argv, {
      dataset: { type: 'string' },
      out: { type: 'string' },
      archive: { type: 'string' },
      format: { type: 'string' },
      all: { type: 'boolean' },
      level: { type: 'string' },
    });
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    const slug = required('dataset', v.dataset);
    if (!v.out === !v.archive) throw new CliUsageError('give one of --archive FILE.zip or --out DIR');
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
    let where: string;
    if (v.archive) {
      const target = path.resolve(v.archive);
      const bytes = await writeExportArchiveToFile(target, result.files, {
        onProgress: ({ done, total }) => io.progress(`zipping ${done}/${total}`),
      });
      where = `${target} (${bytes} bytes)`;
    } else {
      where = path.resolve(v.out as string);
      await writeExportToFolder(where, result.files, (done, total, name) =>
        io.progress(`writing ${done}/${total} ${name}`),
      );
    }
    for (const w of result.warnings) io.err(w);
    io.out(
      `${format} (${result.level} level, ${result.approvedOnly ? 'approved only' : 'all with status'}): ` +
        `${result.items} item(s), ${result.labels} labelled, ${result.files.length} file(s) in ${where}; ` +
        `snapshot: ${describeSnapshot(result)}`,
    );
    return 0;
  },
};
