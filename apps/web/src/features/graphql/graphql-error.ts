import type { CombinedError } from '@urql/core';

export interface ApiErrorInfo {
  /** The API's stable error code (e.g. STALE_VERSION), or NETWORK / UNKNOWN. */
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

/** The first error of a failed operation, with the code clients branch on. */
export function apiError(error: CombinedError): ApiErrorInfo {
  if (error.networkError) {
    return {
      code: 'NETWORK',
      message: 'The server could not be reached. Check your connection.',
      extensions: {},
    };
  }
  const first = error.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
  return { code, message: first?.message ?? error.message, extensions };
}
