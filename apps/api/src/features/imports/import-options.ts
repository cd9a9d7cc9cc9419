import path from 'node:path';
import type { ImportFolderOptions } from '@hep2/catalog';
import { GroupByError, parseGroupBy } from '@hep2/data';
import { DomainError } from '../../shared/domain-error';

/**
 * The scan options an admin may give an import started through the API (folder or .zip), the same
 * as `hep2 import`'s --group-by, --folds-file, --skip-duplicates and --validation-fold. Kept on the
 * job (ImportJob.options) so that whichever worker runs it - or retries it - reads the same.
 */
export interface ImportJobOptions {
  groupBy?: string;
  /** A fold table inside the imported folder (relative; never outside it). */
  foldsFile?: string;
  skipDuplicates?: boolean;
  validationFold?: number;
}

export interface ImportOptionsInput {
  groupBy?: string | null;
  foldsFile?: string | null;
  skipDuplicates?: boolean | null;
  validationFold?: number | null;
}

const MAX_FOLDS = 20;

const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `options.${field}: ${message}`, { field: `options.${field}` });

/** Checks the options before a job is recorded; absent ones stay absent. */
export function validImportOptions(input: ImportOptionsInput | null | undefined): ImportJobOptions {
  const options: ImportJobOptions = {};
  if (!input) return options;
  if (input.groupBy != null) {
    try {
      options.groupBy = parseGroupBy(input.groupBy);
    } catch (err) {
      if (err instanceof GroupByError) throw invalid('groupBy', err.message);
      throw err;
    }
  }
  if (input.foldsFile != null) options.foldsFile = insideFolder(input.foldsFile);
  if (input.skipDuplicates != null) options.skipDuplicates = input.skipDuplicates;
  if (input.validationFold != null) {
    if (
      !Number.isInteger(input.validationFold) ||
      input.validationFold < 0 ||
      input.validationFold >= MAX_FOLDS
    )
      throw invalid('validationFold', `a fold number from 0 to ${MAX_FOLDS - 1}`);
    options.validationFold = input.validationFold;
  }
  return options;
}

/** A path relative to the imported folder that stays inside it (the worker joins it to the folder). */
function insideFolder(file: string): string {
  const normal = path.posix.normalize(file.replaceAll('\\', '/').trim());
  if (
    normal === '' ||
    normal === '.' ||
    path.posix.isAbsolute(normal) ||
    normal.startsWith('../') ||
    normal === '..'
  )
    throw invalid('foldsFile', 'a path inside the imported folder, e.g. "folds" or "folds.csv"');
  return normal;
}

/** The stored options as importFolder takes them, for the folder the worker prepared. */
export function scanOptionsOf(
  stored: unknown,
): Pick<ImportFolderOptions, 'groupBy' | 'foldsFile' | 'duplicates' | 'validationFold'> {
  const o = (stored && typeof stored === 'object' ? stored : {}) as ImportJobOptions;
  return {
    groupBy: o.groupBy === undefined ? undefined : parseGroupBy(o.groupBy),
    foldsFile: o.foldsFile,
    duplicates: o.skipDuplicates ? 'skip' : 'error',
    validationFold: o.validationFold,
  };
}
