import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, startTestApi, type TestApi, uniqueEmail } from './support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SIGN_IN_MAX_FAILURES: '3' });
});
afterAll(() => api.stop());

const SIGN_IN = 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){token user{email role}}}';

describe('accounts', () => {
  it('signs in, answers viewer, signs out', async () => {
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const viewer = await gql<{ viewer: { email: string } }>(api.url, '{viewer{email role}}', {}, user.token);
    expect(viewer.data?.viewer.email).toBe(user.email);
    await gql(api.url, 'mutation{signOut}', {}, user.token);
    const after = await gql<{ viewer: null }>(api.url, '{viewer{email}}', {}, user.token);
    expect(after.data?.viewer).toBeNull();
  });

  it('an expired session signs nobody in', async () => {
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const expired = await api.db.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(expired.count).toBe(1);
    const viewer = await gql<{ viewer: null }>(api.url, '{viewer{email}}', {}, user.token);
    expect(viewer.data?.viewer).toBeNull();
  });

  it('sets an HttpOnly session cookie that authenticates the browser', async () => {
    const user = await createSignedInUser(api, 'CURATOR');
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: user.email, p: user.password } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/hep2_session=.*HttpOnly/i);
    const viewer = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] ?? '' },
      body: JSON.stringify({ query: '{viewer{role}}' }),
    });
    expect(((await viewer.json()) as { data: { viewer: { role: string } } }).data.viewer.role).toBe(
      'CURATOR',
    );
  });

  it('refuses a wrong password with a stable code and no stack trace', async () => {
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const result = await gql(api.url, SIGN_IN, { e: user.email, p: 'wrong-password' });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(JSON.stringify(result.errors)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rate-limits a sign-in brute force, even with the right password afterwards', async () => {
    const user = await createSignedInUser(api, 'ANNOTATOR');
    for (let i = 0; i < 3; i++) await gql(api.url, SIGN_IN, { e: user.email, p: `guess-${i}` });
    const blocked = await gql(api.url, SIGN_IN, { e: user.email, p: user.password });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('names the bad field on invalid input', async () => {
    const admin = await createSignedInUser(api, 'ADMIN');
    const result = await gql(
      api.url,
      'mutation($e:String!){createUser(email:$e,name:"X",role:ANNOTATOR,password:"short"){id}}',
      { e: uniqueEmail('new') },
      admin.token,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(result.errors?.[0]?.extensions?.field).toBe('password');
  });

  it('deactivating a user ends its sessions', async () => {
    const admin = await createSignedInUser(api, 'ADMIN');
    const user = await createSignedInUser(api, 'ANNOTATOR');
    const update = await gql(
      api.url,
      'mutation($id:ID!){updateUser(id:$id,active:false){active}}',
      { id: user.id },
      admin.token,
    );
    expect(update.errors).toBeUndefined();
    const viewer = await gql<{ viewer: null }>(api.url, '{viewer{email}}', {}, user.token);
    expect(viewer.data?.viewer).toBeNull();
    const signIn = await gql(api.url, SIGN_IN, { e: user.email, p: user.password });
    expect(signIn.errors?.[0]?.extensions?.code).toBe('ACCOUNT_DISABLED');
  });

  it('API tokens authenticate scripts and stop working once revoked', async () => {
    const user = await createSignedInUser(api, 'CURATOR');
    const created = await gql<{ createApiToken: { secret: string; token: { id: string } } }>(
      api.url,
      'mutation{createApiToken(name:"script"){secret token{id}}}',
      {},
      user.token,
    );
    const secret = created.data!.createApiToken.secret;
    expect(
      (await gql<{ viewer: { email: string } }>(api.url, '{viewer{email}}', {}, secret)).data?.viewer.email,
    ).toBe(user.email);
    await gql(
      api.url,
      'mutation($id:ID!){revokeApiToken(id:$id){id}}',
      { id: created.data!.createApiToken.token.id },
      user.token,
    );
    expect((await gql<{ viewer: null }>(api.url, '{viewer{email}}', {}, secret)).data?.viewer).toBeNull();
  });

  it('refuses a depth bomb and an oversized body', async () => {
    const bomb = `{ __schema { types { ${'fields { type { ofType '.repeat(10)}{ name }${' } }'.repeat(10)} } } }`;
    const refused = await gql(api.url, bomb);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    const big = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{health{ok}}', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
  });
});
