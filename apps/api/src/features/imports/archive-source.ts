import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiServices } from '../../graphql/context';
import { datasetRootOf, extractArchive } from './archive-extract';

/** An import job's `source` for an uploaded archive: this prefix, then the object key. */
const ARCHIVE_PREFIX = 'archive:';

export const archiveSource = (objectKey: string) => `${ARCHIVE_PREFIX}${objectKey}`;

/** The archive's object key when the job imports an uploaded archive, else null (a server folder). */
export const archiveKeyOf = (source: string): string | null =>
  source.startsWith(ARCHIVE_PREFIX) ? source.slice(ARCHIVE_PREFIX.length) : null;

export interface PreparedSource {
  /** The folder importFolder reads. */
  dir: string;
  /** Removes what preparing wrote (idempotent; call it whatever happened). */
  cleanup(): Promise<void>;
}

/**
 * A server folder is used as it is. An archive is streamed from the store into a scratch folder
 * of its own and unpacked there (every attempt starts from a fresh copy, so a retried job never
 * sees a half-unpacked one); the scratch folder goes away with `cleanup`, also when this throws.
 */
export async function prepareImportSource(services: ApiServices, source: string): Promise<PreparedSource> {
  const key = archiveKeyOf(source);
  if (key === null) return { dir: source, cleanup: async () => {} };
  const { config, store } = services;
  const scratch = await mkdtemp(path.join(config.IMPORT_SCRATCH_DIR ?? tmpdir(), 'hep2-archive-'));
  const cleanup = () => rm(scratch, { recursive: true, force: true });
  try {
    const zipFile = path.join(scratch, 'archive.zip');
    await store.download(key, zipFile);
    const root = path.join(scratch, 'files');
    await extractArchive(zipFile, root, {
      maxFiles: config.MAX_ARCHIVE_FILES,
      maxUnpackedBytes: config.MAX_ARCHIVE_UNPACKED_BYTES,
    });
    // The archive is not needed once unpacked: free its disk space during the import.
    await rm(zipFile, { force: true });
    return { dir: await datasetRootOf(root), cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** A finished job's archive is of no further use (a new import needs a new upload). */
export async function removeArchiveOf(services: ApiServices, source: string): Promise<void> {
  const key = archiveKeyOf(source);
  if (key !== null) await services.store.remove(key).catch(() => {});
}
