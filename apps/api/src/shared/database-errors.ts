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
  meta?: { driverAdapterError?: unknown };
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

export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length > 0 && seen < 12; seen += 1) {
    const current = pending.shift();
    if (!current || typeof current !== 'object') continue;
    const e = current as ErrorLike;
    if (saysUnavailable(e)) return true;
    pending.push(e.cause, e.originalError, e.meta?.driverAdapterError);
  }
  return false;
}
