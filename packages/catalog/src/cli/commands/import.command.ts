import path from 'node:path';
import { IMPORT_LAYOUTS } from '@hep2/data';
import { createDataset } from '../../datasets/create-dataset';
import { importFolder } from '../../imports/import-folder';
import { bool, CliUsageError, type Command, foldArg, int, oneOf, parse, required } from '../cli-args';

const HELP = `hep2 import: import a dataset folder (manifest + images + masks) into a dataset.

Usage: npm run hep2 -- import --dataset SLUG --dir DIR [options]

  --dataset SLUG            target dataset (required)
  --dir DIR                 folder holding the manifest CSV and the files (required)
  --layout L                seed-csv | header-csv | cells (default: detected from the manifest)
  --manifest FILE           manifest inside DIR (default: the only CSV at its top)
  --all-or-nothing BOOL     true (default): any bad row and nothing is imported;
                            false: good rows are imported and bad ones reported
  --partial                 same as --all-or-nothing false
  --create                  create the dataset (reference taxonomy) if it does not exist
  --name NAME               display name for --create (default: the slug)
  --intensity-mode M        BINARY (default) | ORDINAL, for --create
  --max-pixels N            refuse larger images (default 64000000)
  --folds K                 folds to assign when the manifest has none (default 5)
  --validation-fold F       mark the specimens of this fold (letter or 0-based) as validation
  --synthetic               record the specimens as SYNTHETIC (generated data)
  -h, --help                this text

Re-importing the same files is idempotent: specimens are matched by content hash.
`;

export const importCommand: Command = {
  name: 'import',
  summary: 'import a folder into a dataset',
  help: HELP,
  needsPlatform: true,
  run: async (argv, io) => {
    const v = parse(argv, {
      dataset: { type: 'string' },
      dir: { type: 'string' },
      layout: { type: 'string' },
      manifest: { type: 'string' },
      'all-or-nothing': { type: 'string' },
      partial: { type: 'boolean' },
      create: { type: 'boolean' },
      name: { type: 'string' },
      'intensity-mode': { type: 'string' },
      'max-pixels': { type: 'string' },
      folds: { type: 'string' },
      'validation-fold': { type: 'string' },
      synthetic: { type: 'boolean' },
    });
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    const slug = required('dataset', v.dataset);
    const dir = path.resolve(required('dir', v.dir));
    const layout = oneOf('layout', v.layout, IMPORT_LAYOUTS);
    const mode = oneOf('intensity-mode', v['intensity-mode'], ['BINARY', 'ORDINAL'] as const);
    const allOrNothing = v.partial ? false : bool('all-or-nothing', v['all-or-nothing'], true);
    const { db, store } = await io.platform();
    let dataset = await db.dataset.findUnique({ where: { slug }, select: { id: true } });
    if (!dataset) {
      if (!v.create) throw new CliUsageError(`dataset "${slug}" does not exist (add --create to create it)`);
      dataset = await createDataset(db, { slug, name: v.name ?? slug, intensityMode: mode });
      io.out(`created dataset ${slug}`);
    }
    const result = await importFolder(db, store, {
      datasetId: dataset.id,
      dir,
      layout,
      manifest: v.manifest,
      allOrNothing,
      maxPixels: int('max-pixels', v['max-pixels']),
      folds: int('folds', v.folds, 2),
      validationFold: foldArg('validation-fold', v['validation-fold']),
      source: v.synthetic ? 'SYNTHETIC' : 'IMPORT',
      onProgress: (p) =>
        io.progress(
          p.phase === 'scan'
            ? p.totalRows === 0
              ? 'reading the manifest'
              : `checking rows ${p.doneRows}/${p.totalRows}`
            : p.phase === 'store'
              ? `storing specimens ${p.importedRows}`
              : p.phase === 'commit'
                ? `committing ${p.importedRows} specimens`
                : `done: ${p.status}`,
        ),
    });
    for (const e of result.errors) io.err(`line ${e.line}: ${e.reason}`);
    io.out(
      `${result.status}: ${result.imported.length} imported (${result.patches} patches), ` +
        `${result.skipped.length} already present, ${result.errors.length} bad row(s) of ${result.totalRows}` +
        ` [layout ${result.layout ?? '?'}, job ${result.jobId}]`,
    );
    if (result.error) io.err(result.error);
    return result.status === 'SUCCEEDED' ? 0 : 1;
  },
};
