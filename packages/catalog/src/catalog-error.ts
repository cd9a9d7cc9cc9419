/** Why a catalog operation refused its input; callers (API, CLI) map the code to their own errors. */
export type CatalogErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'INVALID_IMAGE'
  | 'IMAGE_TOO_LARGE'
  | 'IMPORT_FAILED';

export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
