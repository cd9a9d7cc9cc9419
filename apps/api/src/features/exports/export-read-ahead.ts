import type { ExportFile } from '@hep2/catalog';

/**
 * How many files after the one being written are read ahead. The archive pulls its files one at a
 * time, so each object's round trip to the store used to be waited for in turn (a 2,000-patch
 * export is 3,600 reads); with a few in flight the store's latency overlaps the writing. Memory
 * stays bounded: at most this many files' bytes wait besides the one being written.
 */
export const EXPORT_READ_AHEAD = 8;

/**
 * The same files, in the same order, whose `read` also starts the reads of the next `depth` plain
 * files (streamed ones are made as they are written, not read ahead). A read that fails is
 * reported when its file's turn comes, as before; one whose turn never comes (the archive was
 * aborted) is dropped.
 */
export function withReadAhead(files: readonly ExportFile[], depth = EXPORT_READ_AHEAD): ExportFile[] {
  const started = new Map<number, Promise<Uint8Array>>();
  const start = (i: number) => {
    const file = files[i];
    if (!file || file.stream || started.has(i)) return;
    const reading = file.read();
    reading.catch(() => {}); // awaited when its turn comes; never an unhandled rejection meanwhile
    started.set(i, reading);
  };
  return files.map((file, i) => {
    if (file.stream) return file;
    return {
      ...file,
      read: () => {
        for (let next = i + 1; next <= i + depth; next++) start(next);
        const reading = started.get(i) ?? file.read();
        started.delete(i);
        return reading;
      },
    };
  });
}
