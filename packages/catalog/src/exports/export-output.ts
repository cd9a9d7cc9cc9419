import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ObjectStore, objectKeys } from '@hep2/storage';
import type { ExportFile } from './export-dataset';

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
    await writeFile(target, await file.read());
    written.push(target);
    onFile?.(i + 1, files.length, file.name);
  }
  return written;
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
