import type { BrowserContext } from 'playwright-core';

/** GraphQL as the signed-in browser user (its session cookie), through the web app's /graphql. */
export async function browserUserGraphql<T>(
  context: BrowserContext,
  webUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const cookies = await context.cookies(webUrl);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}
