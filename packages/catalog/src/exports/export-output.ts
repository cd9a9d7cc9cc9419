import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ObjectStore, StreamedObject } from '@hep2/storage';
import { type ArchiveOptions, exportArchive } from './export-archive';
import type { ExportFile } from './export-file';

/** Writes an export into a folder, one file at a time. */
export async function writeExportToFolder(
  dir: string,
  files: readonly ExportFile[],
  onFile?: (done: number, total: number, name: string) => void,
): Promise<string[]> {
  const written: string[] = [];
  for (const [i, file] of files.entries()) {
    const target = path.join(dir, file.name);
    await mkdir(path.dirname(target), { recursive: true });
    if (file.stream) await pipeline(Readable.from(file.stream(() => {})), createWriteStream(target));
    else await writeFile(target, await file.read());
    written.push(target);
    onFile?.(i + 1, files.length, file.name);
  }
  return written;
}

/** Writes an export as one .zip file, streamed: the images never sit in memory together. */
export async function writeExportArchiveToFile(
  target: string,
  files: readonly ExportFile[],
  options: ArchiveOptions = {},
): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  const out = createWriteStream(target);
  await pipeline(exportArchive(files, options), out);
  return out.bytesWritten;
}

/**
 * Stores an export as one .zip object under `key`, written into the store as it is made
 * (ObjectStore.putStream: one part in memory at a time). Nothing is stored when any file fails
 * or `signal` aborts it.
 */
export function writeExportArchiveToStore(
  store: Pick<ObjectStore, 'putStream'>,
  key: string,
  files: readonly ExportFile[],
  options: ArchiveOptions = {},
): Promise<StreamedObject> {
  return store.putStream(key, exportArchive(files, options), 'application/zip');
}
