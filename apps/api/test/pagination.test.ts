import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi } from './support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const USERS = `query($first:Int,$after:String,$last:Int,$before:String,$search:String){
  users(first:$first,after:$after,last:$last,before:$before,search:$search){
    edges{cursor node{email}} pageInfo{hasNextPage hasPreviousPage startCursor endCursor}
  }
}`;

interface UsersPage {
  users: {
    edges: { cursor: string; node: { email: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
}

describe('relay cursor pagination', () => {
  it('pages forwards and backwards through a filtered list without gaps or repeats', async () => {
    const admin = await createSignedInUser(api, 'ADMIN');
    const tag = `page${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 5; i++) await createSignedInUser(api, 'ANNOTATOR', `${tag}-${i}`);

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await gql<UsersPage>(api.url, USERS, { first: 2, after, search: tag }, admin.token);
      expect(page.errors).toBeUndefined();
      const { edges, pageInfo } = page.data!.users;
      seen.push(...edges.map((e) => e.node.email));
      pages++;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);

    const last = await gql<UsersPage>(api.url, USERS, { last: 2, search: tag }, admin.token);
    expect(last.data!.users.edges.map((e) => e.node.email)).toEqual(seen.slice(3));
    expect(last.data!.users.pageInfo.hasPreviousPage).toBe(true);
  });

  it('caps the page size, and refuses pages whose cost exceeds the complexity limit', async () => {
    const admin = await createSignedInUser(api, 'ADMIN');
    const capped = await gql<{ users: { edges: unknown[] } }>(
      api.url,
      '{ users(first: 300) { edges { node { id } } } }',
      {},
      admin.token,
    );
    expect(capped.errors).toBeUndefined();
    expect(capped.data!.users.edges.length).toBeLessThanOrEqual(200);
    // A page is priced at what the resolver can return (200 rows), so asking for more costs no more;
    // many such pages in one operation do exceed the limit.
    const pages = Array.from({ length: 40 }, (_, i) => `p${i}: users(first: 5000) { edges { node { id } } }`);
    const tooCostly = await gql(api.url, `{ ${pages.join(' ')} }`, {}, admin.token);
    expect(tooCostly.status).toBe(400);
    expect(tooCostly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
