/** A minimal GraphQL client for the CLI commands that talk to a deployment's API (not its database). */

/** An error the API answered (with its code), or a failure to reach it. */
export class RemoteApiError extends Error {
  override name = 'RemoteApiError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface RemoteApi {
  /** Where requests go (…/graphql). */
  readonly url: string;
  request: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

/** `https://hep2.lab.example` or `…/graphql`: both reach the GraphQL endpoint. */
export function graphqlUrl(apiUrl: string): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new RemoteApiError(`not a URL: "${apiUrl}"`, 'BAD_URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RemoteApiError(`the API URL must be http(s), got "${apiUrl}"`, 'BAD_URL');
  if (!url.pathname.endsWith('/graphql')) url.pathname = `${url.pathname.replace(/\/$/, '')}/graphql`;
  return url.toString();
}

export function remoteApi(apiUrl: string, token: string): RemoteApi {
  const url = graphqlUrl(apiUrl);
  return {
    url,
    request: async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
      } catch (err) {
        const cause = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
        throw new RemoteApiError(`cannot reach ${url}: ${cause}`, 'UNREACHABLE');
      }
      const body = (await response.json().catch(() => null)) as {
        data?: T;
        errors?: { message: string; extensions?: { code?: string } }[];
      } | null;
      const first = body?.errors?.[0];
      if (first) throw new RemoteApiError(first.message, first.extensions?.code ?? 'ERROR');
      if (!response.ok || !body?.data)
        throw new RemoteApiError(`${url} answered HTTP ${response.status}`, `HTTP_${response.status}`);
      return body.data;
    },
  };
}
