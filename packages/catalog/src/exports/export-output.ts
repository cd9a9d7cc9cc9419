import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ObjectStore, objectKeys, type StreamedObject } from '@hep2/storage';
import { type ExportProgress, exportArchive } from './export-archive';
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

/** Writes an export as one .zip file (streamed: memory does not grow with the export). */
export async function writeExportArchiveToFile(
  target: string,
  files: readonly ExportFile[],
  onProgress?: (progress: ExportProgress) => void,
): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  const out = createWriteStream(target);
  await pipeline(exportArchive(files, onProgress), out);
  return out.bytesWritten;
}

/**
 * Stores an export as one .zip object under `key`, written into the store as it is made
 * (ObjectStore.putStream: one part in memory at a time). Nothing is stored when any file fails.
 */
export function writeExportArchiveToStore(
  store: Pick<ObjectStore, 'putStream'>,
  key: string,
  files: readonly ExportFile[],
  onProgress?: (progress: ExportProgress) => void,
): Promise<StreamedObject> {
  return store.putStream(key, exportArchive(files, onProgress), 'application/zip');
}

/** Copies an export under objectKeys.export(dataset, exportId, name); returns the keys by file name. */
export async function writeExportToStore(
  store: ObjectStore,
  datasetId: string,
  files: readonly ExportFile[],
  exportId: string = randomUUID(),
): Promise<{ exportId: string; keys: Array<{ name: string; key: string; bytes: number }> }> {
  const keys: Array<{ name: string; key: string; bytes: number }> = [];
  try {
    for (const file of files) {
      const key = objectKeys.export(datasetId, exportId, file.name);
      const bytes = await file.read();
      keys.push({ name: file.name, key, bytes: bytes.byteLength });
      await store.put(key, bytes, file.contentType);
    }
  } catch (err) {
    await store.removeMany(keys.map((k) => k.key)).catch(() => {});
    throw err;
  }
  return { exportId, keys };
}
