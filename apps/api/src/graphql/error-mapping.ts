import { PothosValidationError } from '@pothos/core';
import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable, isInvalidInputData } from '../shared/database-errors';
import { DomainError, type ErrorCode } from '../shared/domain-error';

/** HTTP-ish status per code, for clients and logs; the `code` extension is the stable contract. */
const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  INVALID_CREDENTIALS: 401,
  RATE_LIMITED: 429,
  ACCOUNT_DISABLED: 403,
  CONFLICT: 409,
  STALE_VERSION: 409,
  LEASE_LOST: 409,
  QUEUE_EMPTY: 404,
  INVALID_TRANSITION: 409,
  SELF_REVIEW: 403,
  INVALID_IMAGE: 422,
  INVALID_MASK: 422,
  PAYLOAD_TOO_LARGE: 413,
  STORAGE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  TRAINING_BUSY: 409,
  TRAINING_NOT_READY: 409,
};

// Codes Apollo/graphql-js produce for malformed requests; passed through untouched.
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
]);

function findDomainError(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/**
 * The one place where errors become what clients see: domain errors keep their code and message,
 * protocol errors pass through, everything else is an opaque INTERNAL_SERVER_ERROR (no stack traces).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (line: string) => void = console.error,
): GraphQLFormattedError {
  const domain = findDomainError(error);
  if (domain) {
    return {
      message: domain.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: domain.code, status: httpStatus[domain.code], ...domain.details },
    };
  }
  // Apollo rewraps validation errors as GRAPHQL_VALIDATION_FAILED; keep our rule's own code.
  const originalCode = (error as { originalError?: { extensions?: { code?: unknown } } })?.originalError
    ?.extensions?.code;
  const code =
    typeof originalCode === 'string' && PROTOCOL_CODES.has(originalCode)
      ? originalCode
      : formatted.extensions?.code;
  if (typeof code === 'string' && PROTOCOL_CODES.has(code)) {
    const argument = formatted.extensions?.argument;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      // graphql/bad-user-input.ts names the argument for clients that mark the field
      extensions: typeof argument === 'string' ? { code, argument } : { code },
    };
  }
  const badInput = badUserInputOf(error, formatted);
  if (badInput) return badInput;
  if (error instanceof GraphQLError && !error.originalError && !formatted.path) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  if (isDatabaseUnavailable(error)) {
    // A restart or outage fails every request at once: one line each, not a stack trace each.
    log(`database unavailable: ${firstLine(error)}`);
    return {
      message: 'The database is not reachable at the moment; try again in a few seconds',
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE', status: httpStatus.DATABASE_UNAVAILABLE },
    };
  }
  log(`internal error: ${(error as Error)?.stack ?? String(error)}`);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function firstLine(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  const lines = message.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Invalid `'));
  // "Context creation failed: " + a Prisma message that starts on its own line: keep the cause
  if (lines[0]?.trim().endsWith(':') && lines[1]) return `${lines[0].trim()} ${lines[1].trim()}`;
  return lines[0] ?? message;
}

/**
 * Input errors raised below our own checks: the relay helpers' (a negative `first`, a broken offset
 * cursor) and, as a safety net, the database refusing a value (a malformed id, a NUL character, a
 * number or date out of range). The caller's fault, so BAD_USER_INPUT; the log keeps nothing, as
 * for any refusal.
 */
function badUserInputOf(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  let message: string;
  if (original instanceof PothosValidationError) message = original.message;
  else if (isInvalidInputData(error))
    message = 'An argument has a value the database cannot store (malformed, too long or out of range)';
  else return null;
  return {
    message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'BAD_USER_INPUT' },
  };
}

/**
 * graphql-ws sends results as graphql-js made them, raw messages included: subscriptions get the
 * same mapping as HTTP. Undefined (send as it is) when there is no error, i.e. for every event.
 */
export function formatResultErrors(
  result: ExecutionResult,
  log: (line: string) => void = console.error,
): FormattedExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, log)) };
}
