import { type PassThrough, Readable } from 'node:stream';
import yazl from 'yazl';
import type { ExportFile } from './export-file';

/** Units of work done and to do (one per file, one per item for COCO's annotations.json). */
export interface ExportProgress {
  done: number;
  total: number;
}

export const exportWork = (files: readonly ExportFile[]) => files.reduce((n, f) => n + (f.work ?? 1), 0);

export interface ArchiveOptions {
  /** Called as units of work are done (often: throttle any writes it makes). */
  onProgress?: (progress: ExportProgress) => void;
  /** Stops the archive: the stream fails with the signal's reason and no further file is read. */
  signal?: AbortSignal;
  /** The entries' modification time (default now). */
  modifiedAt?: Date;
}

/**
 * The export as one .zip, made while it is read: the zip reaches each file in turn and only then
 * reads its bytes (an image, a mask) or starts generating it (annotations.json), and reads no
 * further while the reader of the zip is busy (stream back-pressure). Memory holds one file and
 * the zip's directory (yazl keeps each entry for it: about a kilobyte per file), never the archive
 * (docs/results/2026-12-07-export-archive-memory.md). Text files are deflated,
 * images stored as they are (already compressed). A file that cannot be read fails the stream with
 * its error; a reader that stops early stops the reading of files.
 */
export function exportArchive(files: readonly ExportFile[], options: ArchiveOptions = {}): Readable {
  const { onProgress = () => {}, signal, modifiedAt = new Date() } = options;
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as PassThrough;
  const total = exportWork(files);
  let done = 0;
  const advance = (units: number) => {
    if (units <= 0) return;
    done += units;
    onProgress({ done, total });
  };
  const fail = (error: Error) => {
    if (!output.destroyed) output.destroy(error);
  };
  zip.on('error', fail);
  if (signal) {
    const abort = () => fail(signal.reason instanceof Error ? signal.reason : new Error('export aborted'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
    output.once('close', () => signal.removeEventListener('abort', abort));
  }
  for (const file of files) {
    zip.addReadStreamLazy(file.name, { compress: file.compress, mtime: modifiedAt }, (callback) => {
      if (output.destroyed) return;
      openEntry(file, advance).then((stream) => {
        stream.on('error', fail);
        callback(null, stream);
      }, fail);
    });
  }
  zip.end();
  return output;
}

/** A file's bytes as a stream, reporting its units of work as they are done. */
async function openEntry(file: ExportFile, advance: (units: number) => void): Promise<Readable> {
  const work = file.work ?? 1;
  if (file.stream) {
    let reported = 0;
    const stream = Readable.from(
      file.stream(() => {
        if (reported < work) {
          reported += 1;
          advance(1);
        }
      }),
      { objectMode: false },
    );
    stream.once('end', () => advance(work - reported));
    return stream;
  }
  const bytes = await file.read();
  const stream = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)], {
    objectMode: false,
  });
  stream.once('end', () => advance(work));
  return stream;
}
