import { writeFile } from 'node:fs/promises';
import { exportDataset } from '../../exports/export-dataset';
import { assignDatasetFolds } from '../../folds/dataset-folds';
import { CliUsageError, type Command, foldArg, int, parse, required } from '../cli-args';

const HELP = `hep2 folds: assign specimen folds (stratified by pattern x intensity, grouped by specimen).

Usage: npm run hep2 -- folds --dataset SLUG [options]

  --dataset SLUG        dataset (required)
  --k K                 number of folds (default 5)
  --seed S              seed; same specimens and seed, same folds (default: the dataset id)
  --overwrite           reassign every specimen (default: only those without a fold)
  --validation-fold F   mark this fold's specimens (letter or 0-based) as the validation specimens
  --out FILE            also write folds.csv there
  -h, --help            this text
`;

export const foldsCommand: Command = {
  name: 'folds',
  summary: 'assign or reassign specimen folds',
  help: HELP,
  needsPlatform: true,
  run: async (argv, io) => {
    const v = parse(argv, {
      dataset: { type: 'string' },
      k: { type: 'string' },
      seed: { type: 'string' },
      overwrite: { type: 'boolean' },
      'validation-fold': { type: 'string' },
      out: { type: 'string' },
    });
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    const slug = required('dataset', v.dataset);
    const { db, store } = await io.platform();
    const dataset = await db.dataset.findUnique({ where: { slug }, select: { id: true } });
    if (!dataset) throw new CliUsageError(`dataset "${slug}" does not exist`);
    const summary = await assignDatasetFolds(db, {
      datasetId: dataset.id,
      k: int('k', v.k, 2),
      seed: v.seed,
      overwrite: v.overwrite,
      validationFold: foldArg('validation-fold', v['validation-fold']),
    });
    io.out(
      `assigned ${summary.assigned} specimen(s); per fold: ${summary.counts.map((n, i) => `${String.fromCharCode(65 + i)}=${n}`).join(' ')}`,
    );
    if (v.out) {
      const result = await exportDataset(db, store, {
        datasetId: dataset.id,
        format: 'folds',
        approvedOnly: false,
      });
      const table = result.files.find((f) => f.name === 'folds.csv');
      if (!table) throw new Error('the folds export wrote no folds.csv');
      await writeFile(v.out, await table.read());
      io.out(`wrote ${v.out}`);
    }
    return 0;
  },
};
