import { CatalogError } from '@hep2/catalog';
import { DomainError, type ErrorCode } from './domain-error';

const codes: Record<CatalogError['code'], ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  CONFLICT: 'CONFLICT',
  INVALID_IMAGE: 'INVALID_IMAGE',
  IMAGE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  IMPORT_FAILED: 'VALIDATION_FAILED',
};

/** Catalog refusals become domain errors with the same message; anything else is rethrown. */
export function toDomainError(err: unknown): unknown {
  return err instanceof CatalogError ? new DomainError(codes[err.code], err.message, err.details) : err;
}

export async function catalogCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toDomainError(err);
  }
}
