/**
 * An object-store request made no progress (no byte sent or received) for the idle timeout: the
 * server is unreachable, frozen or overloaded. The request was aborted and its socket destroyed,
 * so the caller can retry the whole operation later.
 */
export class ObjectStoreTimeoutError extends Error {
  /** Stable code, next to Node's socket codes (ECONNREFUSED ...), for callers that classify errors. */
  readonly code = 'OBJECT_STORE_TIMEOUT';

  constructor(
    /** What was being done, e.g. `put "datasets/x/a.png"`. */
    readonly operation: string,
    readonly idleTimeoutMs: number,
  ) {
    super(
      `The object store did not answer for ${idleTimeoutMs} ms during ${operation} (unreachable, frozen or overloaded)`,
    );
    this.name = 'ObjectStoreTimeoutError';
  }
}
