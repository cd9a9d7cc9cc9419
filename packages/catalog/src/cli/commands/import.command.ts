import path from 'node:path';
import { describeMaskSummary, GROUP_BY_HELP, GroupByError, IMPORT_LAYOUTS, parseGroupBy } from '@hep2/data';
import { createDataset } from '../../datasets/create-dataset';
import { importFolder } from '../../imports/import-folder';
import { LABEL_TRUSTS } from '../../imports/specimen-staging';
import { bool, CliUsageError, type Command, foldArg, int, oneOf, parse, required } from '../cli-args';
import { CREATION_HELP, CREATION_OPTIONS, creationFlagsGiven, creationInput } from '../dataset-creation-args';

const HELP = `hep2 import: import a dataset folder (manifest + images + masks) into a dataset.

Usage: npm run hep2 -- import --dataset SLUG --dir DIR [options]

  --dataset SLUG            target dataset (required)
  --dir DIR                 folder holding the manifest CSV and the files (required)
  --layout L                seed-csv | header-csv | cells (default: detected from the manifest)
  --manifest FILE           manifest inside DIR (default: the only CSV at its top)
  --all-or-nothing BOOL     true (default): any bad row and nothing is imported;
                            false: good rows are imported and bad ones reported
  --partial                 same as --all-or-nothing false
  --labels L                weak (default): the labels train only; the patches wait for annotators
                            curated: the labels are expert ground truth: every patch is approved
                            (usable for training and validation) and never queued
${CREATION_HELP}
  --max-pixels N            refuse larger images (default 64000000)
  --group-by G              which images form one specimen (kept in one fold): ${GROUP_BY_HELP}
                            column: the manifest's specimen column (default when it has one);
                            folder: the image's folder; seed: 00003_p0_patch0.tif -> 00003
                            (detected when every name follows it); pattern:^(\\d+)_ : the regex's
                            first group on the file name; file: each image its own specimen
  --folds-file F            folds from a table (inside DIR or a path): a CSV with an image or
                            specimen column and a fold column (A.. or 0-based), or a folder of
                            fold_A.csv / fold1.csv files listing image names
  --skip-duplicates         lines with the same image content as an earlier line are listed as
                            skipped instead of failing the import
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
      ...CREATION_OPTIONS,
      labels: { type: 'string' },
      'max-pixels': { type: 'string' },
      'group-by': { type: 'string' },
      'folds-file': { type: 'string' },
      'skip-duplicates': { type: 'boolean' },
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
    const allOrNothing = v.partial ? false : bool('all-or-nothing', v['all-or-nothing'], true);
    let groupBy: ReturnType<typeof parseGroupBy> | undefined;
    try {
      groupBy = v['group-by'] === undefined ? undefined : parseGroupBy(v['group-by']);
    } catch (err) {
      if (err instanceof GroupByError) throw new CliUsageError(err.message);
      throw err;
    }
    const labels = oneOf('labels', v.labels, LABEL_TRUSTS);
    const createFlags = creationFlagsGiven(v);
    if (!v.create && createFlags.length > 0) throw new CliUsageError(`--${createFlags[0]} needs --create`);
    // Checked before connecting: a bad flag never starts the services.
    const creation = v.create ? await creationInput(v, slug) : null;
    const { db, store } = await io.platform();
    let dataset = await db.dataset.findUnique({ where: { slug }, select: { id: true } });
    if (!dataset) {
      if (!creation) throw new CliUsageError(`dataset "${slug}" does not exist (add --create to create it)`);
      const created = await createDataset(db, creation);
      dataset = created;
      io.out(
        `created dataset ${slug}: ${creation.taxonomyPreset ?? 'custom'} taxonomy, patches ${created.patchSize} px, ` +
          `stride ${created.strideX}x${created.strideY}, intensity ${created.intensityMode}`,
      );
    } else if (createFlags.length > 0) {
      io.err(
        `note: dataset ${slug} exists: ${createFlags.map((f) => `--${f}`).join(', ')} ignored (they apply to --create only)`,
      );
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
      groupBy,
      foldsFile: v['folds-file'],
      duplicates: v['skip-duplicates'] ? 'skip' : 'error',
      labels: labels ?? 'weak',
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
    for (const s of result.skipped)
      if (!s.reason.startsWith('already imported')) io.err(`line ${s.line}: skipped: ${s.reason}`);
    if (result.grouping)
      io.out(
        `specimens: ${result.grouping.groups} group(s) by ${result.grouping.by}` +
          `${result.grouping.detected ? ' (detected)' : ''}`,
      );
    if (result.maskSummary) io.out(describeMaskSummary(result.maskSummary));
    for (const w of result.warnings) io.err(`warning: ${w}`);
    io.out(
      `${result.status}: ${result.imported.length} imported (${result.patches} patches), ` +
        `${result.skipped.length} skipped (already present or duplicate), ${result.errors.length} bad row(s) of ${result.totalRows}` +
        ` [layout ${result.layout ?? '?'}, job ${result.jobId}]`,
    );
    if (result.error) io.err(result.error);
    if (result.status === 'SUCCEEDED' && result.labels === 'curated')
      io.out(`curated labels: ${result.approvedPatches} patch(es) approved with their imported labels`);
    if (result.status === 'SUCCEEDED' && labels === undefined && result.labelledRows > 0)
      io.err(
        `hint: ${result.labelledRows} labelled row(s) were imported as weak labels (training only, patches queued for annotators); if they are expert ground truth, import with --labels curated`,
      );
    return result.status === 'SUCCEEDED' ? 0 : 1;
  },
};
