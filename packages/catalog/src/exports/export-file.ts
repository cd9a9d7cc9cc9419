import type { ObjectStore } from '@hep2/storage';
import { CatalogError } from '../catalog-error';

/**
 * One file of an export. Its bytes are read (or made) only when its turn comes, one file at a time,
 * so that an export of any size never sits in memory: folders and archives pull them in order.
 */
export interface ExportFile {
  /** Path inside the export, e.g. "masks/x_mask.png". */
  name: string;
  contentType: string;
  /** Worth deflating in an archive (text); images and masks are compressed already. */
  compress: boolean;
  /** Units of progress the file stands for (default 1): COCO's annotations.json, one per item. */
  work?: number;
  /** Its bytes. */
  read(): Promise<Uint8Array>;
  /**
   * Large generated files: the bytes as they are made, `onUnit` called as each unit of `work` is
   * done. Writers prefer it to `read`, which collects it.
   */
  stream?(onUnit: () => void): AsyncIterable<Uint8Array>;
}

/** What exports read objects with (the API's store maps outages to its own error). */
export type ObjectReader = Pick<ObjectStore, 'get'>;

export const extOf = (key: string) => key.slice(key.lastIndexOf('.') + 1);

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  bmp: 'image/bmp',
};

export const contentTypeOf = (key: string) => CONTENT_TYPES[extOf(key)] ?? 'application/octet-stream';

export const textFile = (name: string, body: string, contentType = 'text/csv'): ExportFile => ({
  name,
  contentType,
  compress: true,
  read: async () => Buffer.from(body, 'utf8'),
});

const isNotFound = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'NoSuchKey' || code === 'NotFound';
};

/**
 * An object of the bucket under another name, its bytes unchanged. An object the bucket lacks (a
 * dataset damaged behind the platform's back) fails with the file and the key it was looked for at.
 */
export const storedFile = (store: ObjectReader, name: string, key: string): ExportFile => ({
  name,
  contentType: contentTypeOf(key),
  compress: false,
  read: async () => {
    try {
      return await store.get(key);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      throw new CatalogError('NOT_FOUND', `${name}: its object ${key} is missing from the object store`, {
        key,
      });
    }
  },
});

/** A text file generated piece by piece; `read` collects it (small exports, tests). */
export function streamedFile(
  name: string,
  contentType: string,
  work: number,
  stream: (onUnit: () => void) => AsyncIterable<Uint8Array>,
): ExportFile {
  return {
    name,
    contentType,
    compress: true,
    work,
    stream,
    read: async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of stream(() => {})) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
  };
}

/** Joins small strings into chunks of about `size` bytes (fewer, larger writes into a zip). */
export async function* chunked(parts: AsyncIterable<string>, size = 64 * 1024): AsyncIterable<Uint8Array> {
  let pending: string[] = [];
  let length = 0;
  for await (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= size) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield Buffer.from(pending.join(''), 'utf8');
}
