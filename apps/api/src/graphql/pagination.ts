import {
  type DefaultConnectionArguments,
  type ResolveCursorConnectionArgs,
  resolveCursorConnection,
} from '@pothos/plugin-relay';
import { isUuid } from '../shared/validate';
import { badUserInput } from './bad-user-input';

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor?: string | null;
    endCursor?: string | null;
  };
}

/** What a list's cursors are: row ids (UUIDs, the default) or bigint ids (the audit log). */
export type CursorFormat = 'uuid' | 'integer';

const isCursor: Record<CursorFormat, (cursor: string) => boolean> = {
  uuid: isUuid,
  // up to 18 digits: always inside Postgres' bigint
  integer: (cursor) => /^\d{1,18}$/.test(cursor),
};

/**
 * A cursor or page size the list cannot use is the caller's mistake (BAD_USER_INPUT), found before
 * any query: a cursor that is not one this list hands out would otherwise reach the database as an
 * id it cannot parse. An empty cursor means "none" (what an empty page returns as its cursors).
 */
export function checkConnectionArguments(args: DefaultConnectionArguments, format: CursorFormat): void {
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor && !isCursor[format](cursor)) throw badUserInput(name, 'is not a cursor of this list');
  }
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (typeof size === 'number' && size < 0) throw badUserInput(name, 'must not be negative');
  }
}

/**
 * Relay cursor pagination over a keyset query: `fetch` receives the cursor bounds and the limit
 * (one extra row to detect a next page) and returns rows in the requested direction. Pages larger
 * than `maxSize` are cut to it.
 */
export function cursorPage<T>(
  args: DefaultConnectionArguments,
  toCursor: (node: T) => string,
  fetch: (params: ResolveCursorConnectionArgs) => Promise<T[]>,
  maxSize = 200,
  cursorFormat: CursorFormat = 'uuid',
): Promise<Page<T>> {
  checkConnectionArguments(args, cursorFormat);
  return resolveCursorConnection(
    { args, toCursor: (node: unknown) => toCursor(node as T), maxSize, defaultSize: 50 },
    fetch,
  ) as Promise<Page<T>>;
}
