/**
 * Every error a service may raise on purpose. Services throw DomainError with one of these codes and
 * never import GraphQL; graphql/error-mapping.ts turns them into GraphQL errors in one place.
 */
export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'ACCOUNT_DISABLED',
  'CONFLICT',
  'STALE_VERSION',
  'LEASE_LOST',
  'QUEUE_EMPTY',
  'INVALID_TRANSITION',
  /** A curator tried to review a patch they labelled (ALLOW_SELF_REVIEW is off). */
  'SELF_REVIEW',
  'INVALID_IMAGE',
  'INVALID_MASK',
  'PAYLOAD_TOO_LARGE',
  'STORAGE_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'TRAINING_BUSY',
  /** A run below the documented minimum of curated labels / specimens, not asked for on purpose. */
  'TRAINING_NOT_READY',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable facts for clients, e.g. { field } or { currentVersion }. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id?: string) =>
  new DomainError('NOT_FOUND', id ? `${what} ${id} does not exist` : `${what} does not exist`);
