import {
  ObjectStore,
  ObjectStoreTimeoutError,
  type PutStreamOptions,
  type StoredObjectInfo,
  type StreamedObject,
} from '@hep2/storage';
import { DomainError } from './domain-error';

// Node socket errors: the object store is down, unreachable or dropped the connection.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

// S3 error codes that mean "the store cannot take this now" (not "your request is wrong").
const S3_UNAVAILABLE_CODES = new Set([
  'InternalError',
  'ServiceUnavailable',
  'SlowDown',
  'RequestTimeout',
  'XMinioStorageFull',
  'XMinioServerNotInitialized',
  'XMinioReadQuorum',
  'XMinioWriteQuorum',
]);

/** True when an object-store call failed because the store is unreachable, frozen, full or failing. */
export function isStorageUnavailable(error: unknown): boolean {
  if (error instanceof ObjectStoreTimeoutError) return true;
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const e = current as { code?: unknown; statusCode?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || S3_UNAVAILABLE_CODES.has(e.code)))
      return true;
    if (typeof e.statusCode === 'number' && e.statusCode >= 500) return true;
    // minio-js retries 5xx answers once, then throws "Request failed after 1 retries: ... status: 500".
    if (
      typeof e.message === 'string' &&
      /socket hang up|other side closed|Retryable HTTP status: 5\d\d/i.test(e.message)
    )
      return true;
    current = e.cause;
  }
  return false;
}

function translate(error: unknown): unknown {
  if (error instanceof DomainError || !isStorageUnavailable(error)) return error;
  const cause = (error as { code?: string }).code ?? (error as Error).message;
  const why =
    error instanceof ObjectStoreTimeoutError
      ? `it did not answer for ${error.idleTimeoutMs / 1000} s`
      : 'unreachable or refusing writes';
  return new DomainError(
    'STORAGE_UNAVAILABLE',
    `The object store is unavailable (${why}); nothing was saved, try again shortly`,
    { cause },
  );
}

async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translate(error);
  }
}

/**
 * The API's object store: the same module, with "store down / full / failing" turned into the
 * STORAGE_UNAVAILABLE domain error (HTTP-ish 503) so that every service - workflow saves, uploads,
 * imports, exports - reports it the same way. Other failures (e.g. a missing key) pass unchanged.
 */
export class ApiObjectStore extends ObjectStore {
  override ensureBucket(): Promise<void> {
    return guarded(() => super.ensureBucket());
  }
  override put(key: string, body: Uint8Array, contentType?: string): Promise<void> {
    return guarded(() => super.put(key, body, contentType));
  }
  override putStream(
    key: string,
    source: AsyncIterable<Uint8Array>,
    contentType?: string,
    options?: PutStreamOptions,
  ): Promise<StreamedObject> {
    return guarded(() => super.putStream(key, source, contentType, options));
  }
  override get(key: string): Promise<Buffer> {
    return guarded(() => super.get(key));
  }
  override stat(key: string): Promise<StoredObjectInfo | null> {
    return guarded(() => super.stat(key));
  }
  override remove(key: string): Promise<void> {
    return guarded(() => super.remove(key));
  }
  override copy(fromKey: string, toKey: string): Promise<void> {
    return guarded(() => super.copy(fromKey, toKey));
  }
  override list(prefix: string): Promise<string[]> {
    return guarded(() => super.list(prefix));
  }
}
