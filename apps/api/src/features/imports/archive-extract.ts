import { createWriteStream } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** An archive this server will not unpack; the message says why, in words an admin can act on. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

export interface ArchiveLimits {
  /** Entries (files and folders) at most. */
  maxFiles: number;
  /** Sum of the files' unpacked sizes at most (zip bombs). */
  maxUnpackedBytes: number;
}

export interface ExtractedArchive {
  files: number;
  unpackedBytes: number;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
/** Folders and files archivers add that are not part of a dataset. */
const JUNK = /^(__MACOSX|\.DS_Store|Thumbs\.db|desktop\.ini)$/i;

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    // lazyEntries: one entry at a time, so nothing is read ahead of the checks.
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true }, (err, zip) =>
      err || !zip ? reject(refused(err)) : resolve(zip),
    ),
  );
}

function refused(err: unknown): ArchiveError {
  const message = err instanceof Error ? err.message : String(err);
  if (/absolute path|invalid relative path|invalid characters/.test(message))
    return new ArchiveError(`the archive is refused: an entry points outside it (${message})`);
  return new ArchiveError(`the file is not a readable .zip archive (${message})`);
}

/** Visits every entry in order; `visit` may return a promise (the next entry waits for it). */
function eachEntry(zip: ZipFile, visit: (entry: Entry) => Promise<void> | void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('error', (err) => reject(err instanceof ArchiveError ? err : refused(err)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      Promise.resolve()
        .then(() => visit(entry))
        .then(() => zip.readEntry(), reject);
    });
    zip.readEntry();
  });
}

/** The entry's path inside the target folder; throws for anything that could leave it. */
export function entryTarget(root: string, entry: Entry): string | null {
  const name = entry.fileName;
  if (name.startsWith('/') || name.includes('\\') || /^[a-z]:/i.test(name))
    throw new ArchiveError(`the archive is refused: entry "${name}" has an absolute path`);
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..'))
    throw new ArchiveError(`the archive is refused: entry "${name}" points outside the archive ("..")`);
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (mode !== 0 && mode !== S_IFREG && mode !== S_IFDIR)
    throw new ArchiveError(
      `the archive is refused: entry "${name}" is a symbolic link or special file; only plain files are accepted`,
    );
  if (entry.isEncrypted()) throw new ArchiveError(`the archive is refused: entry "${name}" is encrypted`);
  if (parts.length === 0 || parts.some((p) => JUNK.test(p))) return null;
  const target = path.resolve(root, ...parts);
  if (!target.startsWith(root + path.sep))
    throw new ArchiveError(`the archive is refused: entry "${name}" points outside the archive`);
  return target;
}

const isFolder = (entry: Entry) => entry.fileName.endsWith('/');

/**
 * Checks every entry first (paths, links, count, total unpacked size) so that a refused archive
 * writes nothing, then unpacks it into `root` (an empty folder). Sizes are the declared ones;
 * yauzl fails an entry whose data does not match its declared size, so a forged header cannot
 * unpack more than was checked.
 */
export async function extractArchive(
  file: string,
  root: string,
  limits: ArchiveLimits,
): Promise<ExtractedArchive> {
  const base = path.resolve(root);
  const check = await openZip(file);
  let unpackedBytes = 0;
  let files = 0;
  try {
    if (check.entryCount > limits.maxFiles)
      throw new ArchiveError(
        `the archive holds ${check.entryCount} entries; at most ${limits.maxFiles} are accepted (MAX_ARCHIVE_FILES)`,
      );
    await eachEntry(check, (entry) => {
      if (entryTarget(base, entry) === null || isFolder(entry)) return;
      files += 1;
      unpackedBytes += entry.uncompressedSize;
      if (unpackedBytes > limits.maxUnpackedBytes)
        throw new ArchiveError(
          `the archive unpacks to more than ${limits.maxUnpackedBytes} bytes (MAX_ARCHIVE_UNPACKED_BYTES); split it or raise the limit`,
        );
    });
  } finally {
    check.close();
  }
  await mkdir(base, { recursive: true });
  const zip = await openZip(file);
  try {
    await eachEntry(zip, async (entry) => {
      const target = entryTarget(base, entry);
      if (target === null) return;
      if (isFolder(entry)) {
        await mkdir(target, { recursive: true });
        return;
      }
      await mkdir(path.dirname(target), { recursive: true });
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? reject(refused(err)) : resolve(s))),
      );
      // `wx`: an entry listed twice cannot overwrite the first copy.
      await pipeline(stream, createWriteStream(target, { flags: 'wx' })).catch((err: Error) => {
        throw err.message.includes('EEXIST')
          ? new ArchiveError(`the archive is refused: entry "${entry.fileName}" appears twice`)
          : refused(err);
      });
    });
  } finally {
    zip.close();
  }
  return { files, unpackedBytes };
}

/**
 * The folder that holds the dataset: the archive's root, or its single top-level folder when the
 * root holds nothing else (a zipped folder).
 */
export async function datasetRootOf(root: string): Promise<string> {
  const entries = (await readdir(root, { withFileTypes: true })).filter((e) => !JUNK.test(e.name));
  if (entries.length === 0) throw new ArchiveError('the archive is empty');
  const only = entries[0];
  if (entries.length === 1 && only?.isDirectory()) return path.join(root, only.name);
  return root;
}
