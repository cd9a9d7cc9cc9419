/**
 * Recognises "the database is not serving right now" (stopped, restarting, unreachable, out of
 * connections) among the errors Prisma's pg adapter and the pg driver raise, so that clients get a
 * retryable DATABASE_UNAVAILABLE instead of an opaque internal error.
 */

// What @prisma/adapter-pg reports for socket failures and for SQLSTATE 53300.
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/** SQLSTATE class 08 (connection exception), 57P01-57P03 (shutting down, crashed, starting up), 53300. */
const isUnavailableSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300';

interface ErrorLike {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  meta?: { driverAdapterError?: unknown; code?: unknown };
}

function saysUnavailable(e: ErrorLike): boolean {
  if (typeof e.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return true;
  for (const code of [e.code, e.originalCode])
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || isUnavailableSqlState(code))) return true;
  // pg's own wording when the server drops a connection mid-query (no code attached), and for
  // statements sent on a pooled connection that died just before (pipeline mode writes them at once).
  return (
    typeof e.message === 'string' &&
    (/^Connection terminated( unexpectedly| due to connection timeout)?$/.test(e.message) ||
      /^Client has encountered a connection error and is not queryable$/.test(e.message) ||
      /^terminating connection due to administrator command/.test(e.message))
  );
}

/** Whether the error, or one it wraps (cause, originalError, the adapter's error), says so. */
function someInChain(error: unknown, says: (e: ErrorLike) => boolean): boolean {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length > 0 && seen < 12; seen += 1) {
    const current = pending.shift();
    if (!current || typeof current !== 'object') continue;
    const e = current as ErrorLike;
    if (says(e)) return true;
    pending.push(e.cause, e.originalError, e.meta?.driverAdapterError);
  }
  return false;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return someInChain(error, saysUnavailable);
}

// What @prisma/adapter-pg reports for SQLSTATE 22P02, 22003 and 22001.
const INVALID_DATA_ADAPTER_KINDS = new Set(['InvalidInputValue', 'ValueOutOfRange', 'LengthMismatch']);
/**
 * Prisma's own codes for a value the column cannot take: too long (P2000), invalid for its type
 * (P2005, P2006, P2007), out of range (P2020), malformed uuid/JSON (P2023), over 64 bits (P2033).
 */
const INVALID_DATA_PRISMA_CODES = new Set(['P2000', 'P2005', 'P2006', 'P2007', 'P2020', 'P2023', 'P2033']);

function saysInvalidData(e: ErrorLike): boolean {
  if (typeof e.kind === 'string' && INVALID_DATA_ADAPTER_KINDS.has(e.kind)) return true;
  // raw queries report the SQLSTATE in meta.code (P2010)
  return [e.code, e.originalCode, e.meta?.code].some(
    // SQLSTATE class 22, data exception: 22P02 bad syntax, 22021 NUL byte, 22003 out of range,
    // 22008 datetime overflow, 22001 too long, 22P05 untranslatable character...
    (code) =>
      typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || INVALID_DATA_PRISMA_CODES.has(code)),
  );
}

/**
 * Recognises "the database cannot take this value" (a malformed uuid, a NUL character, a number or
 * date out of range, a string too long): the caller's input, which the API checks before it gets
 * this far; this is the safety net that keeps a check we missed from being an internal error.
 */
export function isInvalidInputData(error: unknown): boolean {
  return someInChain(error, saysInvalidData);
}
