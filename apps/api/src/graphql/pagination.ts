import {
  type DefaultConnectionArguments,
  type ResolveCursorConnectionArgs,
  resolveCursorConnection,
} from '@pothos/plugin-relay';

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor?: string | null;
    endCursor?: string | null;
  };
}

/**
 * Relay cursor pagination over a keyset query: `fetch` receives the cursor bounds and the limit
 * (one extra row to detect a next page) and returns rows in the requested direction.
 */
export function cursorPage<T>(
  args: DefaultConnectionArguments,
  toCursor: (node: T) => string,
  fetch: (params: ResolveCursorConnectionArgs) => Promise<T[]>,
  maxSize = 200,
): Promise<Page<T>> {
  return resolveCursorConnection(
    { args, toCursor: (node: unknown) => toCursor(node as T), maxSize, defaultSize: 50 },
    fetch,
  ) as Promise<Page<T>>;
}
